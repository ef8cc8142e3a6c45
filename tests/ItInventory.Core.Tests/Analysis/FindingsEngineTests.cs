using ItInventory.Core.Analysis;
using ItInventory.Core.Domain;

namespace ItInventory.Core.Tests.Analysis;

public class FindingsEngineTests
{
    private static readonly DateOnly AsOf = new(2024, 8, 1);

    private static string Key(Finding f) => $"{f.Kind}|{f.Subject.Kind}:{f.Subject.Id}|{f.Severity}|{f.Year}";

    [Fact]
    public void All_rules_run_over_the_snapshot_and_critical_findings_come_first()
    {
        var findings = new FindingsEngine().Findings(new SampleInventory().ByIds(), AsOf);

        // Severity first, then due date, then kind; the retired product raises nothing.
        Assert.Equal(
        [
            // Decision date 2024-07-02 has passed; notice deadline 2024-09-30.
            "NoticeDeadline|Contract:1|Critical|",
            // 13.0 % vs 2.2 %: 10.8 pp over the index.
            "PriceIncrease|Product:1|Critical|2024",
            // The same increase against an index clause allowing +2.2 %.
            "ClauseBreach|Product:1|Critical|2024",
            // Proprietary, no export, no alternative.
            "LockInHard|Product:2|Critical|",
            // XPersonenstand not supported although mandatory.
            "ComplianceGap|Product:2|Critical|",
            // Kommunalsoft over both products 2022-2025 (2025 planned): +16.3 % against +10.6 %.
            "CumulativePriceIncrease|Vendor:1|Warning|2025",
            // Bürgeramt and Hauptamt (Meldewesen), Standesamt (Standesamt Alt).
            "VendorDependency|Vendor:1|Warning|",
        ], findings.Select(Key));
    }

    [Fact]
    public void Ids_and_navigation_properties_give_the_same_findings()
    {
        var byIds = new FindingsEngine().Findings(new SampleInventory().ByIds(), AsOf);
        var byNavigation = new FindingsEngine().Findings(new SampleInventory().ByNavigation(), AsOf);

        Assert.Equal(byIds.Select(f => f.Explanation), byNavigation.Select(f => f.Explanation));
    }

    [Fact]
    public void A_contract_reached_twice_is_analysed_once()
    {
        var inventory = new SampleInventory();
        var snapshot = inventory.ByIds();
        inventory.Meldewesen.Contracts = [inventory.MeldewesenPflege];

        var report = new FindingsEngine().Run(snapshot, AsOf);

        Assert.Equal([1, 2], report.Deadlines.Select(d => d.ContractId).Order());
        Assert.Single(report.Findings, f => f.Kind == FindingKind.NoticeDeadline);
    }

    [Theory]
    // The same objects listed twice; saved copies with their ids listed beside them; the lines reached through the products as well.
    [InlineData("same objects")]
    [InlineData("saved copies")]
    [InlineData("through the products")]
    public void A_cost_line_reached_twice_counts_once(string twice)
    {
        var expected = new FindingsEngine().Findings(new SampleInventory().ByIds(), AsOf).Select(f => f.Explanation).ToList();
        var inventory = new SampleInventory();
        for (var i = 0; i < inventory.CostLines.Count; i++)
            inventory.CostLines[i].Id = i + 1;
        var snapshot = twice switch
        {
            "same objects" => inventory.ByIds() with { CostLines = [.. inventory.CostLines, .. inventory.CostLines] },
            "saved copies" => inventory.ByIds() with { CostLines = [.. inventory.CostLines, .. inventory.CostLines.Select(Copy)] },
            _ => inventory.ByNavigation() with { CostLines = inventory.CostLines },
        };

        Assert.Equal(expected, new FindingsEngine().Findings(snapshot, AsOf).Select(f => f.Explanation));
    }

    private static CostLine Copy(CostLine line) => new()
    {
        Id = line.Id, ProductId = line.ProductId, FiscalYear = line.FiscalYear, CostType = line.CostType, Kind = line.Kind,
        Amount = line.Amount, ContractId = line.ContractId,
    };

    [Theory]
    // The 2026 plan is beyond the as-of year + 1 in 2024, but visible in 2025.
    [InlineData("2024-08-01", false)]
    [InlineData("2025-03-01", true)]
    public void Cost_lines_are_taken_up_to_the_year_after_the_as_of_date(string asOf, bool sees2026)
    {
        var report = new FindingsEngine().Run(new SampleInventory().ByIds(), DateOnly.Parse(asOf));

        var standesamt = report.ProductPrices.Single(p => p.Subject.Id == 2);
        Assert.Equal(sees2026, standesamt.Comparisons.Any(c => c.Year == 2026));
    }

    [Fact]
    public void The_report_carries_scores_shares_concentration_and_vendor_sums()
    {
        var report = new FindingsEngine().Run(new SampleInventory().ByIds(), AsOf);

        // The retired product is left out everywhere.
        Assert.Equal([1, 2, 3], report.LockIn.Select(s => s.Product.Id));
        Assert.Equal((3, 1, 1, 1), (report.Interfaces.ProductCount, report.Interfaces.ServiceApi,
            report.Interfaces.MessageFormatsOnly, report.Interfaces.ProprietaryOnly));
        // Kommunalsoft has two active products, so its sum is analysed: 45,200 + 21,218 against 40,000 + 20,600.
        var vendor = Assert.Single(report.VendorPrices);
        Assert.Equal((1, 66_418m, 60_600m), (vendor.Subject.Id, vendor.Totals.Single(t => t.Year == 2024).Amount,
            vendor.Totals.Single(t => t.Year == 2024).PreviousAmount));
        // Bürgeramt carries 80 % of Meldewesen (36,160) and all of Termin Cloud (6,100).
        var buergeramt = report.Concentration.Departments.Single(d => d.Subject.Id == 33);
        Assert.Equal((42_260m, "33 Bürgeramt"), (buergeramt.TotalSpend, buergeramt.Subject.Name));
    }
}
