using ItInventory.Core.Analysis;
using ItInventory.Core.Analysis.LockIn;
using ItInventory.Core.Domain;
using static ItInventory.Core.Tests.Analysis.LockIn.LockInTestData;

namespace ItInventory.Core.Tests.Analysis.LockIn;

public class LockInScorerTests
{
    private static readonly LockInScorer Scorer = new(new AnalysisOptions());

    [Fact]
    public void The_catalogue_has_L1_to_L13_with_default_weights_adding_up_to_100_and_a_justification_each()
    {
        Assert.Equal(Enumerable.Range(1, 13).Select(i => $"L{i}"), LockInIndicators.All.Select(i => i.Code));
        Assert.Equal(100m, LockInIndicators.All.Sum(i => i.DefaultWeight));
        Assert.All(LockInIndicators.All, i => Assert.False(string.IsNullOrWhiteSpace(i.Justification)));
    }

    public static TheoryData<string, Action<Product, List<Contract>>, LockInContext?, string, decimal> Indicators => new()
    {
        { "proprietary format", (p, _) => p.ProprietaryDataFormat = true, null, "L1", 1m },
        { "no standard supported", (p, _) => p.StandardSupport.Clear(), null, "L1", 1m },
        { "standard only planned", (p, _) => p.StandardSupport[0].Status = SupportStatus.Planned, null, "L1", 1m },
        { "standard only partial", (p, _) => p.StandardSupport[0].Status = SupportStatus.Partial, null, "L1", 0.5m },
        { "no documented API", (p, _) => p.HasDocumentedApi = false, null, "L2", 1m },
        { "no open export", (p, _) => p.HasOpenDataExport = false, null, "L3", 1m },
        { "export costs extra", (p, _) => p.ExportCostsExtra = true, null, "L3", 0.5m },
        { "no alternative", (p, _) => p.AlternativeProducts = 0, null, "L4", 1m },
        { "one alternative", (p, _) => p.AlternativeProducts = 1, null, "L4", 0.75m },
        { "two alternatives", (p, _) => p.AlternativeProducts = 2, null, "L4", 0.4m },
        { "three alternatives", (p, _) => p.AlternativeProducts = 3, null, "L4", 0m },
        { "minimum term 36 months", (_, c) => c[0].MinimumTermMonths = 36, null, "L5", 1m / 3m },
        { "minimum term exactly 24 months", (_, c) => c[0].MinimumTermMonths = 24, null, "L5", 0m },
        { "tacit renewal", (_, c) => c[0].TacitRenewal = true, null, "L5", 1m / 3m },
        { "notice 6 months", (_, c) => c[0].NoticePeriodMonths = 6, null, "L5", 1m / 3m },
        { "all three", (_, c) => { c[0].MinimumTermMonths = 48; c[0].TacitRenewal = true; c[0].NoticePeriodMonths = 12; }, null, "L5", 1m },
        { "fixed end after 5 years", (_, c) => { c[0].TermKind = ContractTermKind.FixedEnd; c[0].FixedEnd = new DateOnly(2028, 12, 31); }, null, "L5", 1m / 3m },
        { "the most binding contract counts", (_, c) => c.Add(new Contract { TermKind = ContractTermKind.OpenEnded, MinimumTermMonths = 60, NoticePeriodMonths = 12 }), null, "L5", 2m / 3m },
        { "migration = 3 annual costs", (p, _) => p.EstimatedMigrationCost = 60_000m, null, "L6", 1m },
        { "migration = 1.5 annual costs", (p, _) => p.EstimatedMigrationCost = 30_000m, null, "L6", 0.5m },
        { "migration = 10 annual costs", (p, _) => p.EstimatedMigrationCost = 200_000m, null, "L6", 1m },
        { "no escrow", (p, _) => p.HasSourceCodeEscrow = false, null, "L7", 1m },
        { "escrow in the contract", (p, c) => { p.HasSourceCodeEscrow = false; c[0].SourceCodeEscrow = true; }, null, "L7", 0m },
        { "hosted only by vendor", (p, _) => p.HostedOnlyByVendor = true, null, "L8", 1m },
        { "bundled", (p, _) => p.BundledWithVendorSuite = true, null, "L9", 1m },
        { "one year above VPI", (_, _) => { }, FreeContext() with { Prices = new PriceSignal(true, true, false, false) }, "L10", 0.5m },
        { "cumulative above VPI", (_, _) => { }, FreeContext() with { Prices = new PriceSignal(true, true, true, false) }, "L10", 1m },
        { "unilateral clause", (_, c) => c[0].PriceAdjustment = PriceAdjustmentKind.Unilateral, null, "L10", 1m },
        { "forced upgrades", (p, _) => p.VendorForcedUpgrades = true, null, "L11", 1m },
        { "end of life", (p, _) => p.EndOfLifeAnnounced = true, null, "L11", 1m },
        { "vendor in the US", (_, _) => { }, FreeContext() with { Vendor = new Vendor { Name = "Cloudcorp Inc.", Country = "US" } }, "L12", 1m },
        { "operator in Switzerland", (_, _) => { }, FreeContext() with { OperatorVendor = new Vendor { Name = "Hosting AG", Country = "CH" } }, "L12", 1m },
        { "know-how only at vendor", (p, _) => p.KnowHowOnlyAtVendor = true, null, "L13", 1m },
    };

    [Theory]
    [MemberData(nameof(Indicators))]
    public void Each_indicator_is_switched_on_by_its_facts_and_only_it(
        string because, Action<Product, List<Contract>> change, LockInContext? context, string code, decimal fraction)
    {
        var product = FreeProduct();
        var contracts = FreeContext().Contracts.ToList();
        change(product, contracts);
        context ??= FreeContext() with { Contracts = contracts };

        var score = Scorer.Score(product, context);

        var factor = score.Factors.Single(f => f.Code == code);
        Assert.True(factor.Fraction == fraction, $"{because}: {code} fraction {factor.Fraction}, expected {fraction}");
        Assert.All(score.Factors.Where(f => f.Code != code), f => Assert.Equal(0m, f.Fraction));
        Assert.Equal(Math.Round(factor.Weight * fraction, 1), score.Score);
    }

    [Fact]
    public void A_product_with_every_indicator_scores_100_and_one_with_none_0()
    {
        var locked = new Product
        {
            Name = "Standesamt Alt",
            ProprietaryDataFormat = true,
            EstimatedMigrationCost = 500_000m,
            HostedOnlyByVendor = true,
            BundledWithVendorSuite = true,
            VendorForcedUpgrades = true,
            KnowHowOnlyAtVendor = true,
        };
        var context = new LockInContext
        {
            Contracts = [new Contract { TermKind = ContractTermKind.Renewing, MinimumTermMonths = 60, TacitRenewal = true, NoticePeriodMonths = 6 }],
            Vendor = new Vendor { Name = "Cloudcorp Inc.", Country = "US" },
            AnnualRunningCost = 50_000m,
            Prices = new PriceSignal(true, true, true, false),
        };

        Assert.Equal(100m, Scorer.Score(locked, context).Score);
        Assert.Equal(0m, Scorer.Score(FreeProduct(), FreeContext()).Score);
    }

    [Theory]
    // Only "no alternative" (default weight 14 of 100).
    [InlineData(null, null, "14.0")]
    // L4 weighted 86 instead of 14: 86 of 172.
    [InlineData("L4", "86", "50.0")]
    // Keys are case-insensitive; weight 0 switches the indicator off.
    [InlineData("l4", "0", "0.0")]
    // A weight for another indicator changes the denominator only: 14 of 110.
    [InlineData("L1", "20", "12.7")]
    public void Weights_come_from_the_options(string? code, string? weight, string expected)
    {
        var options = new AnalysisOptions();
        if (code is not null)
            options.LockInWeights = new Dictionary<string, decimal> { [code] = decimal.Parse(weight!) };
        var product = FreeProduct();
        product.AlternativeProducts = 0;

        Assert.Equal(decimal.Parse(expected), new LockInScorer(options).Score(product, FreeContext()).Score);
    }

    [Fact]
    public void Missing_data_is_listed_as_not_assessed_and_gives_no_points()
    {
        var product = FreeProduct();
        product.EstimatedMigrationCost = null;

        var score = Scorer.Score(product, new LockInContext());

        Assert.Equal(["L5", "L6", "L10", "L12"], score.Factors.Where(f => !f.Assessed).Select(f => f.Code));
        Assert.All(score.Factors.Where(f => !f.Assessed), f => Assert.Equal(0m, f.Points));
        Assert.Equal(0m, score.Score);
    }

    [Fact]
    public void Factor_points_add_up_to_the_score_and_reasons_carry_the_numbers()
    {
        var product = FreeProduct();
        product.EstimatedMigrationCost = 50_000m;
        product.AlternativeProducts = 1;
        var contracts = FreeContext().Contracts.ToList();
        contracts[0].MinimumTermMonths = 36;
        contracts[0].TacitRenewal = true;

        var score = Scorer.Score(product, FreeContext() with { Contracts = contracts });

        // L4: 14 × 0.75 = 10.5; L5: 6 × 2/3 = 4; L6: 12 × 2.5/3 = 10.
        Assert.Equal(24.5m, score.Score);
        Assert.Equal(score.Score, Math.Round(score.Factors.Sum(f => f.Points), 1));
        Assert.Equal("Die geschätzten Migrationskosten von 50.000 € entsprechen dem 2,5-Fachen der jährlichen laufenden Kosten von 20.000 €.",
            score.Factors.Single(f => f.Code == "L6").Reason);
        Assert.Equal("Vertrag „V-21“ bindet durch eine Laufzeit von 36 Monaten und stillschweigende Verlängerung.",
            score.Factors.Single(f => f.Code == "L5").Reason);
    }

    [Theory]
    [InlineData(false, false, 0, true)]
    [InlineData(false, false, -1, true)]  // invalid count, treated as none
    [InlineData(false, false, 1, false)]  // one alternative: hard to leave, but not impossible
    [InlineData(true, true, 0, false)]    // an export that costs extra is still an export
    [InlineData(true, false, 0, false)]
    public void Hard_flag_needs_no_export_and_no_alternative(bool export, bool exportCostsExtra, int alternatives, bool hard)
    {
        var product = FreeProduct();
        product.HasOpenDataExport = export;
        product.ExportCostsExtra = exportCostsExtra;
        product.AlternativeProducts = alternatives;

        Assert.Equal(hard, Scorer.Score(product, FreeContext()).IsHard);
    }
}
