using ItInventory.Core.Analysis;
using ItInventory.Core.Analysis.Concentration;

namespace ItInventory.Core.Tests.Analysis.Concentration;

public class ConcentrationAnalyzerTests
{
    private static readonly DepartmentShare Kaemmerei = new(20, "20 Kämmerei", 100m);

    private static SpendRecord Spend(int product, int vendor, decimal cost, int category = 1, params DepartmentShare[] departments) =>
        new(product, category, category == 1 ? "Finanzwesen" : "Steuern", vendor, $"Anbieter {vendor}", cost,
            departments.Length == 0 ? [Kaemmerei] : departments);

    public static TheoryData<SpendRecord[], decimal, decimal, int> CategoryCases => new()
    {
        // One vendor: share 100 %, HHI 10,000.
        { [Spend(1, 1, 50_000m)], 1m, 10_000m, 1 },
        // Two products of the same vendor: still one vendor.
        { [Spend(1, 1, 50_000m), Spend(2, 1, 30_000m)], 1m, 10_000m, 1 },
        // 50/50: HHI 2,500 + 2,500.
        { [Spend(1, 1, 40_000m), Spend(2, 2, 40_000m)], 0.5m, 5_000m, 1 },
        // 60/30/10: 3,600 + 900 + 100.
        { [Spend(1, 1, 60_000m), Spend(2, 2, 30_000m), Spend(3, 3, 10_000m)], 0.6m, 4_600m, 1 },
        // Four equal vendors: 4 × 625.
        { [Spend(1, 1, 1m), Spend(2, 2, 1m), Spend(3, 3, 1m), Spend(4, 4, 1m)], 0.25m, 2_500m, 1 },
        // A product without cost does not dilute the shares.
        { [Spend(1, 1, 40_000m), Spend(2, 2, 0m)], 1m, 10_000m, 1 },
        // Categories are measured separately.
        { [Spend(1, 1, 40_000m), Spend(2, 2, 40_000m, category: 2)], 1m, 10_000m, 2 },
    };

    [Theory]
    [MemberData(nameof(CategoryCases))]
    public void Category_concentration_is_the_largest_share_and_the_HHI(SpendRecord[] records, decimal largestShare, decimal hhi, int categories)
    {
        var report = new ConcentrationAnalyzer().Analyze(records);

        Assert.Equal(categories, report.Categories.Count);
        var finance = report.Categories.Single(c => c.Subject.Id == 1);
        Assert.Equal((largestShare, hhi), (finance.Largest!.Share, finance.Hhi));
    }

    [Fact]
    public void Department_spend_is_split_by_normalised_cost_shares()
    {
        var hauptamt = new DepartmentShare(10, "10 Hauptamt", 40m);
        var kaemmerei = Kaemmerei with { CostSharePercent = 40m };
        var report = new ConcentrationAnalyzer().Analyze([
            // 40/40 of a 100,000 product: half each, not 40,000 each.
            Spend(1, 1, 100_000m, 1, hauptamt, kaemmerei),
            Spend(2, 2, 50_000m, 1, Kaemmerei),
            // All shares 0: split evenly.
            Spend(3, 3, 20_000m, 1, hauptamt with { CostSharePercent = 0m }, kaemmerei with { CostSharePercent = 0m }),
        ]);

        var byDepartment = report.Departments.ToDictionary(d => d.Subject.Id);
        // Kämmerei: 50,000 (vendor 1) + 50,000 (vendor 2) + 10,000 (vendor 3).
        Assert.Equal((110_000m, 3), (byDepartment[20].TotalSpend, byDepartment[20].ProductCount));
        Assert.Equal([50_000m, 50_000m, 10_000m], byDepartment[20].Vendors.Select(v => v.Spend));
        // Hauptamt: 50,000 (vendor 1) + 10,000 (vendor 3): 83.3 % with vendor 1.
        Assert.Equal((60_000m, 0.8333m), (byDepartment[10].TotalSpend, Math.Round(byDepartment[10].Largest!.Share, 4)));
    }

    [Theory]
    [InlineData(3, "1")]
    [InlineData(2, "1,2")]
    [InlineData(4, "")]
    public void Vendors_many_departments_depend_on_are_listed_from_the_threshold(int threshold, string expectedVendors)
    {
        DepartmentShare D(int id) => new(id, $"{id} Amt", 100m);
        var records = new[]
        {
            // Vendor 1: three departments over two products, one of them without a known cost.
            Spend(1, 1, 10_000m, 1, D(20), D(21)),
            Spend(2, 1, 0m, 1, D(21), D(22)),
            // Vendor 2: two departments.
            Spend(3, 2, 5_000m, 1, D(33), D(34)),
        };

        var report = new ConcentrationAnalyzer(new AnalysisOptions { DependentDepartmentsThreshold = threshold }).Analyze(records);

        Assert.Equal(expectedVendors, string.Join(",", report.VendorDependencies.Select(d => d.Vendor.Id)));
    }

    [Fact]
    public void Findings_skip_single_product_categories_and_explain_dependencies()
    {
        var options = new AnalysisOptions { DependentDepartmentsThreshold = 2 };
        var report = new ConcentrationAnalyzer(options).Analyze([
            Spend(1, 1, 90_000m, 1, new DepartmentShare(20, "20 Kämmerei", 50m), new DepartmentShare(21, "21 Stadtkasse", 50m)),
            Spend(2, 2, 10_000m),
            Spend(3, 3, 40_000m, category: 2),
        ]);

        var findings = ConcentrationFindings.From(report, options).ToList();

        Assert.Equal([FindingKind.VendorConcentration, FindingKind.VendorDependency], findings.Select(f => f.Kind));
        Assert.Equal(
            "In der Kategorie „Finanzwesen“ entfallen 90,0 % der laufenden Kosten von 100.000 € auf „Anbieter 1“ (HHI 8.200 von 10.000, 2 Produkte).",
            findings[0].Explanation);
        Assert.Equal(
            "Von „Anbieter 1“ hängen 2 Ämter ab (20 Kämmerei, 21 Stadtkasse), mit laufenden Kosten von 90.000 € im Jahr.",
            findings[1].Explanation);
    }
}
