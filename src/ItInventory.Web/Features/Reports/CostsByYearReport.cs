using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Domain;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Queries;
using ItInventory.Web.Features.Dashboard;
using ItInventory.Web.Features.Findings;
using ItInventory.Web.Features.Products;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Reports;

/// <summary>
/// "Kosten nach Jahren": products × fiscal years (actuals, then plan), and the same years summed per department,
/// vendor and cost type. Only the counting lines of <see cref="YearCostRule"/> are summed, so the sheets' totals equal
/// the dashboard's and the product list's. The database sums per product, year and cost type; no cost line is loaded.
/// </summary>
public sealed class CostsByYearReport(IDbContextFactory<InventoryDbContext> contextFactory, FindingsService findings) : IReport
{
    public ReportDefinition Definition => ReportCatalog.Costs;

    public async Task<int> WriteAsync(ReportWorkbook workbook, ReportParameters parameters, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;

        var selected = await db.Products.FilterAsync(parameters.Products, findings, cancellationToken);
        var products = await selected
            .OrderBy(p => p.InventoryNumber).ThenBy(p => p.Id)
            .Select(p => new ProductInfo(p.Id, p.InventoryNumber, p.Name, p.OwnerDepartment!.Number + " " + p.OwnerDepartment.Name, p.VendorId, p.Vendor!.Name))
            .ToListAsync(cancellationToken);

        var productIds = selected.Select(p => p.Id);
        var lines = YearCosts.Counting(db).Where(c => productIds.Contains(c.ProductId));
        var perProduct = await lines
            .GroupBy(c => new { c.ProductId, c.FiscalYear, c.Kind })
            .Select(g => new { g.Key.ProductId, g.Key.FiscalYear, g.Key.Kind, Amount = g.Sum(c => c.Amount) })
            .ToListAsync(cancellationToken);
        var perType = await lines
            .GroupBy(c => new { c.CostType, c.FiscalYear })
            .Select(g => new { g.Key.CostType, g.Key.FiscalYear, Amount = g.Sum(c => c.Amount) })
            .ToListAsync(cancellationToken);

        // The basis of the selected products' figures per year: "Ist", "Plan" or "Ist/Plan".
        var years = perProduct
            .GroupBy(p => p.FiscalYear)
            .OrderBy(g => g.Key)
            .Select(g => new SpendYear(g.Key, YearCostRule.BasisOf(g.Select(p => p.Kind))))
            .ToList();
        var productYears = perProduct
            .GroupBy(p => p.ProductId)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<int, decimal>)g
                .GroupBy(p => p.FiscalYear)
                .ToDictionary(y => y.Key, y => y.Sum(p => p.Amount)));

        var notes = new List<string>
        {
            "Je Produkt, Jahr und Kostenart zählen die Ist-Werte, sobald welche gebucht sind, sonst der Plan "
            + "(„Ist/Plan“: im Jahr sind beide vertreten): "
            + string.Join(", ", years.Select(y => y.Label)) + ".",
        };
        if (await ReportProductFilter.DescribeAsync(db, parameters.Products, cancellationToken) is { } filter)
            notes.Add(filter);

        var productRows = products
            .Select(p => new YearRow(p.Name, productYears.GetValueOrDefault(p.Id) ?? new Dictionary<int, decimal>(), p.InventoryNumber, p.Department, p.Vendor))
            .ToList();
        workbook.AddSheet("Produkte", "je Produkt", notes).Table(productRows,
        [
            new("Inventarnummer", r => r.Code, CellFormat.Code),
            new("Produkt", r => r.Name),
            new("Amt", r => r.Department),
            new("Anbieter", r => r.Vendor),
            .. YearColumns(years),
        ]);

        var shares = await CostShares.LoadAsync(db, cancellationToken);
        var departmentNames = await db.Departments.ToDictionaryAsync(d => d.Id, d => d.DisplayName, cancellationToken);
        var byDepartment = new Dictionary<int, Dictionary<int, decimal>>();
        foreach (var (productId, amounts) in productYears)
        {
            foreach (var (departmentId, weight) in shares.Of(productId))
            {
                var target = byDepartment.TryGetValue(departmentId, out var existing) ? existing : byDepartment[departmentId] = [];
                foreach (var (year, amount) in amounts)
                    target[year] = target.GetValueOrDefault(year) + amount * weight;
            }
        }

        workbook.AddSheet("Nach Amt", "je Amt", [.. notes, "Die Kosten eines Produkts sind nach den Kostenanteilen der nutzenden Ämter verteilt."])
            .Table(byDepartment
                    .Select(d => new YearRow(departmentNames.GetValueOrDefault(d.Key, $"Amt {d.Key}"), d.Value))
                    .OrderBy(r => r.Name, StringComparer.Ordinal).ToList(),
                [new("Amt", r => r.Name), .. YearColumns(years)]);

        var vendorRows = products
            .GroupBy(p => (p.VendorId, p.Vendor))
            .Select(g => new YearRow(g.Key.Vendor, Sum(g.Select(p => productYears.GetValueOrDefault(p.Id)))))
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
        workbook.AddSheet("Nach Anbieter", $"{VendorSpendNames.ProductCosts} je Anbieter", [.. notes, VendorSpendNames.ProductCostsExplanation])
            .Table(vendorRows, [new("Anbieter", r => r.Name), .. YearColumns(years)]);

        var typeRows = perType
            .GroupBy(t => t.CostType)
            .OrderBy(g => g.Key)
            .Select(g => new YearRow(Labels.Of(g.Key), g.ToDictionary(t => t.FiscalYear, t => t.Amount), Treatment: Labels.Of(CostTypes.TreatmentOf(g.Key))))
            .ToList();
        workbook.AddSheet("Nach Kostenart", "je Kostenart", notes).Table(typeRows,
            [new("Kostenart", r => r.Name), new("Haushalt", r => r.Treatment), .. YearColumns(years)]);

        return products.Count;
    }

    private static IEnumerable<ReportColumn<YearRow>> YearColumns(IReadOnlyList<SpendYear> years) =>
        years.Select(y => new ReportColumn<YearRow>(y.Label, r => r.Amounts.TryGetValue(y.Year, out var amount) ? amount : null, CellFormat.Euro, Total: true));

    private static Dictionary<int, decimal> Sum(IEnumerable<IReadOnlyDictionary<int, decimal>?> amounts)
    {
        var sum = new Dictionary<int, decimal>();
        foreach (var (year, amount) in amounts.Where(a => a is not null).SelectMany(a => a!))
            sum[year] = sum.GetValueOrDefault(year) + amount;
        return sum;
    }

    private sealed record ProductInfo(int Id, string InventoryNumber, string Name, string Department, int VendorId, string Vendor);

    /// <summary>A row of a years table; the optional columns are used by the product and cost-type sheets.</summary>
    private sealed record YearRow(string Name, IReadOnlyDictionary<int, decimal> Amounts, string? Code = null, string? Department = null, string? Vendor = null, string? Treatment = null);
}
