using System.Globalization;

namespace ItInventory.Core.Formatting;

/// <summary>
/// The one German (de-DE) formatter for findings, pages, reports and the API. The culture is fixed, not taken from the
/// thread, so a text reads the same on a server running with any locale. Rounding is half away from zero, as people
/// round by hand. A missing value (<c>null</c>) shows as "–".
/// </summary>
public static class Formats
{
    public static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    private const string Missing = "–";

    /// <summary>
    /// Euros as "4.320 €": whole euros, because budgets are read in euros and cents would only clutter a column.
    /// Amounts under 100 € keep their cents ("0,40 €"), because a 40-cent excess shown as "0 €" would read as
    /// "nothing" while the text says "something". Where cents always matter (a cost line, a contract's annual value,
    /// an edit conflict), use <see cref="EuroCents"/>.
    /// </summary>
    public static string Euro(decimal? amount)
    {
        if (amount is not { } value)
        {
            return Missing;
        }

        // Decided on the amount in cents, so 99,999 € reads "100 €", not "100,00 €".
        var cents = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return Math.Abs(cents) < 100m ? EuroCents(cents) : $"{Math.Round(value, 0, MidpointRounding.AwayFromZero).ToString("N0", German)} €";
    }

    /// <summary>A change in euros with its sign, "+4.320 €" or "−1.200 €" (a real minus sign), as <see cref="Euro"/> rounds it.</summary>
    public static string SignedEuro(decimal amount)
    {
        var text = Euro(Math.Abs(amount));
        return Math.Round(amount, 2, MidpointRounding.AwayFromZero) switch
        {
            > 0m => "+" + text,
            < 0m => "−" + text,
            _ => text,
        };
    }

    /// <summary>Euros with cents, "1.234,56 €", for amounts entered and checked to the cent.</summary>
    public static string EuroCents(decimal? amount) =>
        amount is { } value ? $"{Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("N2", German)} €" : Missing;

    /// <summary>A rate or share (0.13 = 13 %) as "13,0 %".</summary>
    public static string Percent(decimal? rate) =>
        rate is { } value ? $"{PercentValue(value).ToString("N1", German)} %" : Missing;

    /// <summary>A change with an explicit sign, "+2,2 %" or "-1,5 %"; a change that rounds to zero has no sign.</summary>
    public static string SignedPercent(decimal? rate)
    {
        if (rate is not { } value)
        {
            return Missing;
        }

        var percent = PercentValue(value);
        return percent > 0 ? $"+{percent.ToString("N1", German)} %" : $"{percent.ToString("N1", German)} %";
    }

    /// <summary>A figure that is already in percent (a cost share of 33.33) as "33,33 %", with up to two decimals.</summary>
    public static string PercentFigure(decimal percent) => $"{percent.ToString("#,##0.##", German)} %";

    /// <summary>The rate in percent, rounded to the one decimal the texts show.</summary>
    public static decimal PercentValue(decimal rate) => Math.Round(rate * 100m, 1, MidpointRounding.AwayFromZero);

    /// <summary>Percentage points with one decimal, "10,8".</summary>
    public static string Points(decimal points) => Number(points, 1);

    public static string Number(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals, German);

    public static string Date(DateOnly? date) => date?.ToString("dd.MM.yyyy", German) ?? Missing;

    /// <summary>A text cut to at most <paramref name="length"/> characters, the cut marked by an ellipsis.</summary>
    public static string Clip(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    /// <summary>German quotation marks around a name: „Name“.</summary>
    public static string Quoted(string name) => $"„{name}“";
}
