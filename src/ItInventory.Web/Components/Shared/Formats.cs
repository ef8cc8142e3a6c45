using System.Globalization;

namespace ItInventory.Web.Components.Shared;

/// <summary>German number and date formats for the UI, independent of the server's culture.</summary>
public static class Formats
{
    public static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static string Euro(decimal? amount) => amount is null ? "–" : amount.Value.ToString("#,##0 €", German);

    public static string EuroCents(decimal? amount) => amount is null ? "–" : amount.Value.ToString("#,##0.00 €", German);

    public static string Percent(decimal? fraction) => fraction is null ? "–" : (fraction.Value * 100m).ToString("+0.0;-0.0;0.0", German) + " %";

    public static string Date(DateOnly? date) => date?.ToString("dd.MM.yyyy", German) ?? "–";
}
