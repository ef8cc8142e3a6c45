using ItInventory.Core.Analysis;
using ItInventory.Web.Features.Findings;
using ItInventory.Web.Infrastructure;

namespace ItInventory.Web.Features.Reports;

/// <summary>"Auffälligkeiten": every finding with its explanation and € impact, filtered like the findings page.</summary>
public sealed class FindingsReport(FindingsService findings, InventoryClock clock) : IReport
{
    public ReportDefinition Definition => ReportCatalog.Findings;

    public async Task<int> WriteAsync(ReportWorkbook workbook, ReportParameters parameters, CancellationToken cancellationToken)
    {
        var asOf = parameters.AsOf ?? clock.Today;
        var filter = parameters.FindingFilter with { AsOf = asOf };
        var rows = await findings.ListAsync(filter, cancellationToken);

        var notes = new List<string> { $"{(parameters.AsOf is null ? "Stand" : "Stichtag")} {Formats.Date(asOf)}; {FindingLabels.OrderNote(filter.Sort)}." };
        var filters = new List<string>();
        if (parameters.FindingKind is { } kind) filters.Add("Art " + FindingLabels.Of(kind));
        if (parameters.MinimumSeverity is { } severity) filters.Add("mindestens " + FindingLabels.Of(severity));
        if (parameters.Products.DepartmentId is { } department) filters.Add($"Amt Nr. {department}");
        if (parameters.Products.VendorId is { } vendor) filters.Add($"Anbieter Nr. {vendor}");
        if (filters.Count > 0) notes.Add("Filter: " + string.Join("; ", filters));
        // The column's total adds every row; one increase reported from several angles is one amount of money.
        notes.Add($"Die Summe der Spalte €-Auswirkung zählt eine Erhöhung, die mehrfach gemeldet ist (laufende Kosten, Kostenart, Klausel), mehrfach; "
            + $"jede Ursache einmal gezählt: {Formats.Euro(FindingTotals.DistinctImpact(rows.Select(r => r.Finding)))}.");

        return workbook.AddSheet("Auffälligkeiten", notes: notes).Table(rows, Columns);
    }

    /// <summary>The findings' columns, also the findings sheet of a vendor's Verhandlungsmappe.</summary>
    public static readonly IReadOnlyList<ReportColumn<FindingRow>> Columns =
    [
        new("Schwere", r => FindingLabels.Of(r.Finding.Severity)),
        new("Art", r => FindingLabels.Of(r.Finding.Kind)),
        new("Betrifft", r => SubjectLabel(r.Finding.Subject.Kind)),
        new("Name", r => r.Finding.Subject.Name),
        new("Anbieter", r => r.VendorName),
        new("Titel", r => r.Finding.Title, Width: 45, Wrap: true),
        new("Begründung", r => r.Finding.Explanation, Width: 90, Wrap: true),
        new("€-Auswirkung", r => r.Finding.ImpactEuro, CellFormat.Euro, Total: true),
        new("Jahr", r => r.Finding.Year, CellFormat.Year),
        new("Frist", r => r.Finding.DueDate, CellFormat.Date),
    ];

    private static string SubjectLabel(SubjectKind kind) => kind switch
    {
        SubjectKind.Product => "Produkt",
        SubjectKind.Contract => "Vertrag",
        SubjectKind.Vendor => "Anbieter",
        SubjectKind.Category => "Kategorie",
        SubjectKind.Department => "Amt",
        _ => kind.ToString(),
    };
}
