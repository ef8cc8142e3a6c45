using ItInventory.Web.Data.Queries;
using ItInventory.Core.Analysis.Compliance;
using ItInventory.Core.Domain;
using ItInventory.Web.Data;
using ItInventory.Web.Features.Findings;
using ItInventory.Web.Features.Products;
using ItInventory.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Reports;

/// <summary>
/// "Inventar": one row per product with its key fields, the current year's cost, lock-in score and standard gaps.
/// The header texts are the ones the import recognises, so an edited export can be read back.
/// </summary>
public sealed class InventoryReport(IDbContextFactory<InventoryDbContext> contextFactory, AnalysisService analysis, FindingsService findings, InventoryClock clock) : IReport
{
    public ReportDefinition Definition => ReportCatalog.Inventory;

    public async Task<int> WriteAsync(ReportWorkbook workbook, ReportParameters parameters, CancellationToken cancellationToken)
    {
        var year = clock.CurrentYear;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;

        // A product's year cost is the sum of its counting lines (YearCostRule), as on the product list.
        var counting = YearCosts.Counting(db, year);
        var products = await (await db.Products.FilterAsync(parameters.Products, findings, cancellationToken))
            .OrderBy(p => p.InventoryNumber).ThenBy(p => p.Id)
            .Select(p => new
            {
                p.Id,
                p.InventoryNumber,
                p.Name,
                Department = p.OwnerDepartment!.Number + " " + p.OwnerDepartment.Name,
                Vendor = p.Vendor!.Name,
                Category = p.Category!.Name,
                p.Operator,
                p.Lifecycle,
                p.UserCount,
                p.LicenceCount,
                p.LicenceMetric,
                p.Criticality,
                Cost = counting.Where(c => c.ProductId == p.Id).Sum(c => c.Amount),
            })
            .ToListAsync(cancellationToken);

        var report = await analysis.AnalyzeAsync(clock.Today, cancellationToken);
        var scores = report.LockIn.ToDictionary(s => s.Product.Id, s => s.Score);
        var gaps = report.ComplianceGaps.ToLookup(g => g.Product.Id);

        var rows = products.Select(p => new InventoryRow(
            p.InventoryNumber, p.Name, p.Department, p.Vendor, p.Category, Labels.Of(p.Operator), Labels.Of(p.Lifecycle),
            p.UserCount, p.LicenceCount, Labels.Of(p.LicenceMetric), Labels.Of(p.Criticality), p.Cost,
            scores.TryGetValue(p.Id, out var score) ? score : null,
            gaps[p.Id].Any() ? string.Join("; ", gaps[p.Id].Select(GapText)) : null)).ToList();

        var notes = new List<string>
        {
            $"Kosten {year}: Ist-Werte, wo gebucht, sonst Planwerte. Lock-in-Wert 0 (frei) bis 100 (gebunden) und Standard-Lücken mit Stand {Formats.Date(clock.Today)}; außer Betrieb genommene Produkte werden nicht bewertet.",
        };
        if (await ReportProductFilter.DescribeAsync(db, parameters.Products, cancellationToken) is { } filter)
            notes.Add(filter);

        var sheet = workbook.AddSheet("Inventar", notes: notes);
        return sheet.Table(rows,
        [
            new("Inventarnummer", r => r.InventoryNumber, CellFormat.Code),
            new("Produkt", r => r.Name),
            new("Amt", r => r.Department),
            new("Anbieter", r => r.Vendor),
            new("Kategorie", r => r.Category),
            new("Betreiber", r => r.Operator),
            new("Lebenszyklus", r => r.Lifecycle),
            new("Nutzer", r => r.Users, CellFormat.Integer, Total: true),
            new("Lizenzen", r => r.Licences, CellFormat.Integer, Total: true),
            new("Lizenzmetrik", r => r.LicenceMetric),
            new("Kritikalität", r => r.Criticality),
            new($"Kosten {year}", r => r.Cost, CellFormat.Euro, Total: true),
            new("Lock-in-Score", r => r.LockInScore, CellFormat.Decimal),
            new("Standard-Lücken", r => r.Gaps, Width: 50, Wrap: true),
        ]);
    }

    private static string GapText(ComplianceGap gap) =>
        $"{gap.StandardCode} ({(gap.Status is { } status ? Labels.Of(status) : "nicht erfasst")}, {Labels.Of(gap.Level)})";

    private sealed record InventoryRow(
        string InventoryNumber, string Name, string Department, string Vendor, string Category, string Operator, string Lifecycle,
        int? Users, int? Licences, string LicenceMetric, string Criticality, decimal Cost, decimal? LockInScore, string? Gaps);
}
