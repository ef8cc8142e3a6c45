using ItInventory.Core.Analysis;
using ItInventory.Core.Domain;
using ItInventory.Core.Tests.Analysis.Prices;

namespace ItInventory.Core.Tests.Analysis;

/// <summary>
/// The engine analyses products side by side on all cores; the report must still be the one worked out product after
/// product: per-product results in the products' order, the same findings in the same order on every run.
/// </summary>
public class FindingsEngineOrderTests
{
    private static readonly DateOnly AsOf = new(2024, 8, 1);

    /// <summary>Many products of a few vendors, three to a contract, with increases of different size each year.</summary>
    private static InventorySnapshot ManyProducts(int count)
    {
        var vendors = Enumerable.Range(1, 5).Select(i => new Vendor { Id = i, Name = $"Anbieter {i}", Country = "DE" }).ToList();
        var products = Enumerable.Range(1, count).Select(i => new Product
        {
            Id = i, Name = $"Verfahren {i:000}", CategoryId = 1, VendorId = 1 + i % vendors.Count, OwnerDepartmentId = 10,
            AlternativeProducts = i % 3, HasOpenDataExport = i % 2 == 0,
        }).ToList();
        var contracts = products.Chunk(3).Select((group, i) => new Contract
        {
            Id = i + 1, ContractNumber = $"V-{i + 1:000}", Title = $"Pflege {i + 1}", VendorId = group[0].VendorId,
            Start = new DateOnly(2018, 1, 1), TermKind = ContractTermKind.Renewing, MinimumTermMonths = 24, RenewalPeriodMonths = 12,
            TacitRenewal = true, NoticePeriodMonths = 3 + i % 4,
            PriceAdjustment = i % 2 == 0 ? PriceAdjustmentKind.IndexLinked : PriceAdjustmentKind.FixedPercent, PriceAdjustmentPercent = 2m,
            Products = [.. group],
        }).ToList();
        var lines = products.SelectMany(p => Enumerable.Range(2019, 7).Select(year => new CostLine
        {
            ProductId = p.Id, ContractId = (p.Id - 1) / 3 + 1, FiscalYear = year, CostType = CostType.Maintenance,
            Kind = year <= 2024 ? CostKind.Actual : CostKind.Plan,
            Amount = Math.Round(10_000m * (decimal)Math.Pow(1 + (p.Id % 9) / 100.0, year - 2019) + p.Id, 2),
        })).ToList();
        return new InventorySnapshot
        {
            Products = products, Vendors = vendors, Contracts = contracts, CostLines = lines,
            Categories = [new ProductCategory { Id = 1, Name = "Fachverfahren" }],
            Departments = [new Department { Id = 10, Number = "10", Name = "Hauptamt" }],
            PriceIndex = Vpi.Values,
        };
    }

    [Fact]
    public void Per_product_results_follow_the_products_order()
    {
        var snapshot = ManyProducts(300);

        var report = new FindingsEngine().Run(snapshot, AsOf);

        Assert.Equal(snapshot.Products.Select(p => p.Id), report.ProductPrices.Select(p => p.Subject.Id));
        Assert.Equal(snapshot.Products.Select(p => p.Id), report.LockIn.Select(s => s.Product.Id));
    }

    [Fact]
    public void Every_run_gives_the_same_findings_in_the_same_order()
    {
        var snapshot = ManyProducts(300);
        var first = new FindingsEngine().Run(snapshot, AsOf).Findings.Select(f => $"{f.Kind}|{f.Subject.Kind}:{f.Subject.Id}|{f.Year}|{f.Explanation}").ToList();
        Assert.Contains(first, f => f.StartsWith("PriceIncrease|", StringComparison.Ordinal));
        Assert.Contains(first, f => f.StartsWith("ClauseBreach|", StringComparison.Ordinal));

        for (var run = 0; run < 10; run++)
        {
            var again = new FindingsEngine().Run(snapshot, AsOf).Findings.Select(f => $"{f.Kind}|{f.Subject.Kind}:{f.Subject.Id}|{f.Year}|{f.Explanation}");
            Assert.Equal(first, again);
        }
    }
}
