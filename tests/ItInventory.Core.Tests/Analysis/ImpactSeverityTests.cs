using ItInventory.Core.Analysis;
using ItInventory.Core.Domain;
using ItInventory.Core.Tests.Analysis.Prices;

namespace ItInventory.Core.Tests.Analysis;

/// <summary>"Kritisch" means money: a price finding below the minimum impact is a note, whatever its percentage.</summary>
public class ImpactSeverityTests
{
    private static readonly AnalysisOptions Options = new() { MinimumImpactEuro = 100m };

    public static TheoryData<FindingKind, Severity, double?, Severity> Cases => new()
    {
        // kind, severity as worded, impact in euros, severity reported
        { FindingKind.ClauseBreach, Severity.Critical, 0.42, Severity.Info },          // a clause exceeded by rounding
        { FindingKind.ClauseBreach, Severity.Critical, 99.99, Severity.Info },
        { FindingKind.ClauseBreach, Severity.Critical, 100.00, Severity.Critical },     // the minimum itself counts
        { FindingKind.PriceIncrease, Severity.Critical, 8311.00, Severity.Critical },
        { FindingKind.PriceIncrease, Severity.Warning, 12.00, Severity.Info },
        { FindingKind.PriceIncrease, Severity.Warning, -250.00, Severity.Warning },     // the size counts, not the sign
        { FindingKind.CumulativePriceIncrease, Severity.Warning, 50.00, Severity.Info },
        { FindingKind.PriceIncrease, Severity.Warning, null, Severity.Warning },        // no stated impact: left alone
        { FindingKind.NoticeDeadline, Severity.Critical, 10.00, Severity.Critical },    // deadlines are not about money
        { FindingKind.LockInHigh, Severity.Warning, 0.00, Severity.Warning },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Severity_follows_the_money_at_stake(FindingKind kind, Severity worded, double? impact, Severity expected)
    {
        var finding = new Finding(kind, worded, new SubjectRef(SubjectKind.Product, 1, "Verfahren"), "Titel", "Erklärung.",
            impact is null ? null : (decimal)impact.Value, 2024);

        var calibrated = ImpactSeverity.Calibrate(finding, Options);

        Assert.Equal(expected, calibrated.Severity);
        Assert.Equal(expected != worded, calibrated.Explanation.Contains("Nur ein Hinweis: weniger als 100 €", StringComparison.Ordinal));
    }

    [Fact]
    public void A_minimum_of_zero_keeps_every_severity()
    {
        var finding = new Finding(FindingKind.ClauseBreach, Severity.Critical, new SubjectRef(SubjectKind.Product, 1, "Verfahren"), "Titel", "Erklärung.", 0.01m, 2024);

        Assert.Equal(Severity.Critical, ImpactSeverity.Calibrate(finding, new AnalysisOptions { MinimumImpactEuro = 0m }).Severity);
    }

    [Fact]
    public void The_engine_reports_a_clause_exceeded_by_cents_as_a_note_and_a_large_breach_as_critical()
    {
        var vendor = new Vendor { Id = 1, Name = "Anbieter", Country = "DE" };
        Product Product(int id) => new() { Id = id, Name = $"Verfahren {id}", CategoryId = 1, VendorId = 1, OwnerDepartmentId = 10 };
        var small = Product(1);
        var large = Product(2);
        Contract FixedTwoPercent(int id, Product product) => new()
        {
            Id = id, ContractNumber = $"V-{id}", VendorId = 1, Start = new DateOnly(2020, 1, 1), TermKind = ContractTermKind.Renewing,
            MinimumTermMonths = 12, RenewalPeriodMonths = 12, TacitRenewal = true, NoticePeriodMonths = 3,
            PriceAdjustment = PriceAdjustmentKind.FixedPercent, PriceAdjustmentPercent = 2m, Products = [product],
        };
        CostLine Line(Product product, int contractId, int year, decimal amount) => new()
        {
            ProductId = product.Id, ContractId = contractId, FiscalYear = year, CostType = CostType.Maintenance, Kind = CostKind.Actual, Amount = amount,
        };
        var snapshot = new InventorySnapshot
        {
            Products = [small, large], Vendors = [vendor], Contracts = [FixedTwoPercent(1, small), FixedTwoPercent(2, large)],
            // 2 % of 1,000 € allows 1,020 €; 1,020.42 € exceeds it by 0.42 €. The large one rises by 30 %.
            CostLines = [Line(small, 1, 2022, 1_000m), Line(small, 1, 2023, 1_020.42m), Line(large, 2, 2022, 100_000m), Line(large, 2, 2023, 130_000m)],
            Categories = [new ProductCategory { Id = 1, Name = "Fachverfahren" }],
            Departments = [new Department { Id = 10, Number = "10", Name = "Hauptamt" }],
            PriceIndex = Vpi.Values,
        };

        var findings = new FindingsEngine(new AnalysisOptions()).Run(snapshot, new DateOnly(2024, 3, 1)).Findings;

        var smallBreach = Assert.Single(findings, f => f.Kind == FindingKind.ClauseBreach && f.Subject.Id == small.Id);
        Assert.Equal(Severity.Info, smallBreach.Severity);
        Assert.Equal(0.42m, smallBreach.ImpactEuro);
        var largeBreach = Assert.Single(findings, f => f.Kind == FindingKind.ClauseBreach && f.Subject.Id == large.Id);
        Assert.Equal(Severity.Critical, largeBreach.Severity);
        // Notes sort after everything that needs action.
        Assert.True(findings.ToList().IndexOf(largeBreach) < findings.ToList().IndexOf(smallBreach));
    }
}
