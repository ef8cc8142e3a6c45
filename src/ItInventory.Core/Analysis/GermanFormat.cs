using System.Globalization;

namespace ItInventory.Core.Analysis;

/// <summary>
/// Number and date formatting for the German sentences of findings. The culture is fixed, not taken from the
/// thread, because a finding's text must read the same on a server running with any locale.
/// </summary>
public static class GermanFormat
{
    public static readonly CultureInfo Culture = new("de-DE");

    /// <summary>A rate (0.13 = 13 %) as "13,0 %". Rounded half away from zero, as people round by hand.</summary>
    public static string Percent(decimal rate) => $"{PercentValue(rate).ToString("N1", Culture)} %";

    /// <summary>A rate with an explicit sign, "+2,2 %" or "-1,5 %", for changes.</summary>
    public static string SignedPercent(decimal rate)
    {
        var value = PercentValue(rate);
        return value > 0 ? $"+{value.ToString("N1", Culture)} %" : $"{value.ToString("N1", Culture)} %";
    }

    /// <summary>The rate in percent, rounded to the one decimal the sentences show.</summary>
    public static decimal PercentValue(decimal rate) => Math.Round(rate * 100m, 1, MidpointRounding.AwayFromZero);

    /// <summary>Percentage points with one decimal, "10,8".</summary>
    public static string Points(decimal points) =>
        Math.Round(points, 1, MidpointRounding.AwayFromZero).ToString("N1", Culture);

    /// <summary>
    /// Euros as "4.320 €". Amounts under 100 € keep their cents, because "0 €" for a 40-cent excess would
    /// read as "nothing" while the finding says "something".
    /// </summary>
    public static string Euro(decimal amount) =>
        Math.Abs(amount) < 100m
            ? $"{Math.Round(amount, 2, MidpointRounding.AwayFromZero).ToString("N2", Culture)} €"
            : $"{Math.Round(amount, 0, MidpointRounding.AwayFromZero).ToString("N0", Culture)} €";

    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", Culture);

    public static string Number(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals, Culture);

    /// <summary>German quotation marks around a name: „Name“.</summary>
    public static string Quoted(string name) => $"„{name}“";
}
