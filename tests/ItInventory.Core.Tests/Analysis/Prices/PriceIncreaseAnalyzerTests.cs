using ItInventory.Core.Analysis;
using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Domain;
using static ItInventory.Core.Tests.Analysis.Prices.Lines;

namespace ItInventory.Core.Tests.Analysis.Prices;

public class PriceIncreaseAnalyzerTests
{
    private static readonly SubjectRef Product = SubjectRef.Product(1, "Meldewesen Pro");

    private static PriceAnalysis Analyze(IReadOnlyCollection<CostLine> lines, PriceClause? clause = null, DateOnly? start = null,
        AnalysisOptions? options = null, PriceIndex? index = null) =>
        new PriceIncreaseAnalyzer(options ?? new AnalysisOptions())
            .Analyze(new PriceSeries(Product, lines, start, clause), index ?? Vpi.Index);

    private static PriceComparison Total(PriceAnalysis analysis, int year) =>
        analysis.Totals.Single(c => c.Year == year);

    [Theory]
    // 2022: VPI +6.887 %, threshold 8.887 %: 10,000 → 10,888.65 is at the threshold (to the cent), 10,888.66 above.
    [InlineData(2022, "10000", "10688.65", false, "0.00")]
    [InlineData(2022, "10000", "10888.65", false, "200.00")]
    [InlineData(2022, "10000", "10888.66", true, "200.01")]
    // 2023: VPI +5.898 %, threshold 7.898 %.
    [InlineData(2023, "10000", "10789.84", false, "200.00")]
    [InlineData(2023, "10000", "10789.85", true, "200.01")]
    [InlineData(2023, "10000", "11300", true, "710.16")]
    // Decreases and increases below the index are not flagged; the impact is negative.
    [InlineData(2024, "40000", "40000", false, "-891.17")]
    [InlineData(2024, "40000", "45200", true, "4308.83")]
    public void Yearly_increase_is_flagged_only_above_the_index_plus_tolerance(
        int year, string previous, string current, bool flagged, string impact)
    {
        var analysis = Analyze([Actual(year - 1, decimal.Parse(previous)), Actual(year, decimal.Parse(current))]);

        var comparison = analysis.ByCostType.Single();
        Assert.Equal((flagged, decimal.Parse(impact)), (comparison.AboveIndexTolerance, comparison.ImpactOverIndex!.Value));
        Assert.Equal(flagged, Total(analysis, year).AboveIndexTolerance);
    }

    [Theory]
    // Index 100 → 103 makes the threshold exact: 3 % + 2 pp = 5 %.
    [InlineData("2.0", "1050.00", false)]
    [InlineData("2.0", "1050.01", true)]
    [InlineData("2.0", "1049.99", false)]
    [InlineData("0.0", "1030.01", true)]
    [InlineData("5.0", "1079.99", false)]
    public void Tolerance_comes_from_the_options_and_the_boundary_is_not_flagged(string tolerance, string current, bool flagged)
    {
        var index = new PriceIndex([new PriceIndexValue { Year = 2023, Value = 100m }, new PriceIndexValue { Year = 2024, Value = 103m }]);
        var options = new AnalysisOptions { PriceToleranceOverIndexPercentagePoints = decimal.Parse(tolerance) };

        var analysis = Analyze([Actual(2023, 1000m), Actual(2024, decimal.Parse(current))], options: options, index: index);

        Assert.Equal(flagged, Total(analysis, 2024).AboveIndexTolerance);
    }

    [Theory]
    // More licences at the same unit price: no price increase.
    [InlineData(100, "10000", 120, "12000", "0", true, false)]
    // More licences and a higher unit price: +10 % per unit.
    [InlineData(100, "10000", 120, "13200", "0.10", true, true)]
    // Fewer licences at the same total: the unit price rose by 25 %.
    [InlineData(100, "10000", 80, "10000", "0.25", true, true)]
    // Same quantity: compared as amounts.
    [InlineData(100, "10000", 100, "11000", "0.10", false, true)]
    // Quantity known in one year only: compared as amounts, +20 % counts as an increase.
    [InlineData(null, "10000", 120, "12000", "0.20", false, true)]
    public void Volume_changes_are_separated_from_price_changes(
        int? previousQuantity, string previous, int? quantity, string current, string rate, bool perUnit, bool flagged)
    {
        var analysis = Analyze([
            Actual(2023, decimal.Parse(previous), quantity: previousQuantity),
            Actual(2024, decimal.Parse(current), quantity: quantity),
        ]);

        var comparison = analysis.ByCostType.Single();
        Assert.Equal((decimal.Parse(rate), perUnit, flagged),
            (Math.Round(comparison.ChangeRate, 4), comparison.IsPerUnit, comparison.AboveIndexTolerance));
    }

    public static TheoryData<CostLine[], decimal, ValueBasis, ValueBasis> PlanActualCases => new()
    {
        // 2025 has an actual: it is used, not the plan.
        { [Actual(2024, 10_000m), Plan(2025, 11_000m), Actual(2025, 10_300m)], 0.03m, ValueBasis.Actual, ValueBasis.Actual },
        // 2025 has only a plan.
        { [Actual(2024, 10_000m), Plan(2025, 11_000m)], 0.10m, ValueBasis.Plan, ValueBasis.Actual },
        // Both years planned (a budget draft).
        { [Plan(2024, 10_000m), Plan(2025, 10_500m)], 0.05m, ValueBasis.Plan, ValueBasis.Plan },
        // Maintenance paid, hosting still planned: the total is mixed and hosting is not lost.
        {
            [Actual(2024, 10_000m), Actual(2024, 5_000m, CostType.Hosting),
             Actual(2025, 10_400m), Plan(2025, 5_200m, CostType.Hosting)],
            0.04m, ValueBasis.Mixed, ValueBasis.Actual
        },
    };

    [Theory]
    [MemberData(nameof(PlanActualCases))]
    public void Actual_is_used_where_it_exists_and_the_basis_is_reported(CostLine[] lines, decimal rate, ValueBasis basis, ValueBasis previousBasis)
    {
        var total = Total(Analyze(lines), 2025);

        Assert.Equal((rate, basis, previousBasis), (Math.Round(total.ChangeRate, 4), total.Basis, total.PreviousBasis));
    }

    [Fact]
    public void Only_recurring_cost_types_present_in_both_years_are_compared()
    {
        var analysis = Analyze([
            Actual(2023, 10_000m), Actual(2024, 10_200m),
            Actual(2024, 4_000m, CostType.Hosting),              // new in 2024: scope, not price
            Actual(2023, 2_000m, CostType.Training), Actual(2024, 9_000m, CostType.Training), // project cost
        ]);

        Assert.Equal([(2024, (CostType?)CostType.Maintenance), (2024, null)],
            analysis.Comparisons.Select(c => (c.Year, c.CostType)).ToArray());
        Assert.Equal(0.02m, Total(analysis, 2024).ChangeRate);
    }

    [Theory]
    // Index-linked: the VPI change 2024 (+2.228 %) is allowed; 10,222.79 is at it to the cent.
    [InlineData(PriceAdjustmentKind.IndexLinked, null, "10222.79", false, "0.00")]
    [InlineData(PriceAdjustmentKind.IndexLinked, null, "10300", true, "77.21")]
    // Fixed 3 %: 10,300 is allowed; a cent more breaches it, even though it is below the VPI tolerance.
    [InlineData(PriceAdjustmentKind.FixedPercent, "3", "10300", false, "0.00")]
    [InlineData(PriceAdjustmentKind.FixedPercent, "3", "10300.01", true, "0.01")]
    [InlineData(PriceAdjustmentKind.FixedPercent, "1.5", "10300", true, "150.00")]
    public void Clauses_are_checked_per_cost_type(PriceAdjustmentKind kind, string? percent, string current, bool breached, string excess)
    {
        var clause = new PriceClause(kind, percent is null ? null : decimal.Parse(percent));

        var analysis = Analyze([Actual(2023, 10_000m), Actual(2024, decimal.Parse(current))], clause);

        var check = analysis.ByCostType.Single().Clause!;
        Assert.Equal((breached, decimal.Parse(excess)), (check.Breached, check.ExcessAmount));
        Assert.Null(Total(analysis, 2024).Clause);
    }

    [Theory]
    [InlineData(PriceAdjustmentKind.None, null, false)]
    [InlineData(PriceAdjustmentKind.Unilateral, null, true)]
    [InlineData(PriceAdjustmentKind.FixedPercent, null, false)] // no agreed percent recorded: nothing to check against
    public void Clauses_without_a_measure_are_not_checked_per_year(PriceAdjustmentKind kind, string? percent, bool unilateral)
    {
        var analysis = Analyze([Actual(2023, 10_000m), Actual(2024, 20_000m)], new PriceClause(kind, percent is null ? null : decimal.Parse(percent)));

        Assert.All(analysis.Comparisons, c => Assert.Null(c.Clause));
        Assert.Equal(unilateral, analysis.HasUnilateralClause);
    }

    [Theory]
    // The comparison 2024 vs 2023 is under the contract only if 2023 was a full contract year.
    [InlineData("2023-01-01", true)]
    [InlineData("2023-07-01", false)]
    [InlineData("2022-03-15", true)]
    public void Clauses_apply_from_the_first_full_contract_year(string start, bool checkedIn2024)
    {
        var analysis = Analyze([Actual(2023, 10_000m), Actual(2024, 11_000m)],
            new PriceClause(PriceAdjustmentKind.FixedPercent, 3m), DateOnly.Parse(start));

        Assert.Equal(checkedIn2024, analysis.ByCostType.Single().Clause is not null);
    }

    [Fact]
    public void An_index_clause_is_not_checked_against_an_estimated_index()
    {
        var analysis = Analyze([Actual(2025, 10_000m), Plan(2026, 11_000m)], new PriceClause(PriceAdjustmentKind.IndexLinked));

        Assert.Null(analysis.ByCostType.Single().Clause);
    }

    [Theory]
    // 2026 is not published: compared with the 2025 change (+2.179 %) and marked as estimated ...
    [InlineData(MissingIndexPolicy.UseLatestKnownChange, true, "10420.62")]
    // ... or not compared at all.
    [InlineData(MissingIndexPolicy.Skip, false, null)]
    public void A_missing_index_follows_the_policy(MissingIndexPolicy policy, bool flagged, string? impact)
    {
        var analysis = Analyze([Actual(2025, 100_000m), Plan(2026, 112_600m)], options: new AnalysisOptions { MissingIndexPolicy = policy });

        var total = Total(analysis, 2026);
        Assert.Equal((flagged, impact is null ? (decimal?)null : decimal.Parse(impact), policy == MissingIndexPolicy.UseLatestKnownChange),
            (total.AboveIndexTolerance, total.ImpactOverIndex, total.Index?.IsEstimated == true));
    }

    public static TheoryData<string?, int, int, decimal, decimal, bool> CumulativeCases => new()
    {
        // 2021 → 2024: +10 %, +10 %, +5 % = +27.05 % against VPI 119.3 / 103.1 - 1 = +15.71 %.
        { null, 2021, 2024, 0.2705m, 0.1571m, true },
        // Since the start of a contract in 2023: only 2024 (+5 % against +2.23 %).
        { "2023-01-01", 2023, 2024, 0.05m, 0.0223m, true },
        // A contract older than the data: since the first year on record.
        { "2015-04-01", 2021, 2024, 0.2705m, 0.1571m, true },
    };

    [Theory]
    [MemberData(nameof(CumulativeCases))]
    public void Cumulative_increase_runs_from_contract_start_or_the_first_year(
        string? start, int from, int to, decimal rate, decimal indexRate, bool above)
    {
        var analysis = Analyze([Actual(2021, 10_000m), Actual(2022, 11_000m), Actual(2023, 12_100m), Actual(2024, 12_705m)],
            start: start is null ? null : DateOnly.Parse(start));

        var cumulative = analysis.Cumulative!;
        Assert.Equal((from, to, rate, indexRate, above),
            (cumulative.FromYear, cumulative.ToYear, Math.Round(cumulative.ChangeRate, 4), Math.Round(cumulative.IndexRate, 4), cumulative.AboveIndexTolerance));
    }

    public static TheoryData<decimal[], bool, decimal> CumulativeImpactCases => new()
    {
        // 10,310 → 11,020 → 11,670 → 11,930 is exactly the VPI path 103.1 → 110.2 → 116.7 → 119.3.
        { [10_310m, 11_020m, 11_670m, 11_930m], false, 0.00m },
        // +27.05 % against +15.71 %: at index growth 2024 would cost 10,000 × 119.3 / 103.1 = 11,571.29.
        { [10_000m, 11_000m, 12_100m, 12_705m], true, 1_133.71m },
    };

    [Theory]
    [MemberData(nameof(CumulativeImpactCases))]
    public void Cumulative_impact_is_the_last_year_above_an_index_development(decimal[] amounts2021To2024, bool above, decimal impact)
    {
        var analysis = Analyze(amounts2021To2024.Select((amount, i) => Actual(2021 + i, amount)).ToList());

        Assert.Equal((above, impact), (analysis.Cumulative!.AboveIndexTolerance, analysis.Cumulative.ImpactOverIndex));
    }

    [Fact]
    public void Vendor_sum_keeps_volume_adjustment_and_scope_per_product()
    {
        var analyzer = new PriceIncreaseAnalyzer();
        CostLine[] lines =
        [
            // Product 1 doubles its licences at the same unit price.
            Actual(2023, 10_000m, quantity: 100, product: 1), Actual(2024, 20_000m, quantity: 200, product: 1),
            // Product 2 rises by 10 % at the same volume.
            Actual(2023, 10_000m, quantity: 50, product: 2), Actual(2024, 11_000m, quantity: 50, product: 2),
            // Product 3 is new in 2024.
            Actual(2024, 30_000m, product: 3),
        ];

        var analysis = analyzer.AnalyzeVendor(SubjectRef.Vendor(9, "Kommunalsoft GmbH"), lines, Vpi.Index);

        var total = analysis.Totals.Single();
        // 31,000 against 20,000 + 10,000 at 2024 volumes: +3.33 %, below the tolerance.
        Assert.Equal((31_000m, 30_000m, 0.0333m, true, false),
            (total.Amount, total.ComparablePreviousAmount, Math.Round(total.ChangeRate, 4), total.IsPerUnit, total.AboveIndexTolerance));
        Assert.Null(total.Quantity);
    }
}
