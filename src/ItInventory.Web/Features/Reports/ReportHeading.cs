using System.Globalization;

namespace ItInventory.Web.Features.Reports;

/// <summary>The title block every sheet of a report starts with: city, report, sheet, and when the report was made.</summary>
/// <param name="CreatedAt">Local time the report is made.</param>
/// <param name="AsOf">The date deadlines and current-year figures refer to; shown when it differs from the creation date.</param>
public sealed record ReportHeading(string CityName, string ReportTitle, DateTime CreatedAt, DateOnly AsOf)
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public string TitleOf(ReportSheet sheet) => $"{CityName} · {ReportTitle}" + (sheet.Subtitle is null ? "" : $" · {sheet.Subtitle}");

    public string CreatedLine =>
        $"Erstellt am {CreatedAt.ToString("dd.MM.yyyy", German)} um {CreatedAt.ToString("HH:mm", German)} Uhr"
        + (DateOnly.FromDateTime(CreatedAt) != AsOf ? $", Stichtag {AsOf.ToString("dd.MM.yyyy", German)}" : "");
}
