using ItInventory.Core.Domain;
using ItInventory.Core.Planning;
using static ItInventory.Core.Tests.Analysis.Prices.Lines;
using static ItInventory.Core.Tests.Planning.ProjectionCase;

namespace ItInventory.Core.Tests.Planning;

public class CostProjectorTests
{
    private static readonly DateOnly Jan2022 = new(2022, 1, 1);

    /// <summary>Each case: the product's contracts and lines, the maintenance figures 2026-2030, and a year whose explanation must contain a text.</summary>
    public static TheoryData<string, ProjectionCase, decimal[], int, string> Cases => new()
    {
        { "fixed clause: +3 % a year, rounded to cents each year",
            new([Renewing(PriceAdjustmentKind.FixedPercent, 3m)], [Actual(2026, 1000m)]),
            [1000m, 1030m, 1060.90m, 1092.73m, 1125.51m], 2027, "Preisklausel fest +3,0 %" },
        { "index clause: the stated VPI assumption for years without a published index",
            new([Renewing(PriceAdjustmentKind.IndexLinked)], [Actual(2026, 1000m)], VpiPercent: 2m),
            [1000m, 1020m, 1040.40m, 1061.21m, 1082.43m], 2028, "VPI-Annahme +2,0 %" },
        { "unilateral clause: the product's own average of the last three years (+10 %)",
            new([Renewing(PriceAdjustmentKind.Unilateral)], [Actual(2023, 1000m), Actual(2024, 1100m), Actual(2025, 1210m), Actual(2026, 1331m)]),
            [1331m, 1464.10m, 1610.51m, 1771.56m, 1948.72m], 2027, "eigene durchschnittliche Steigerung der letzten drei Jahre +10,0 %" },
        { "no clause: flat",
            new([Renewing(PriceAdjustmentKind.None)], [Actual(2026, 1000m)]),
            [1000m, 1000m, 1000m, 1000m, 1000m], 2030, "Keine Preisklausel" },
        { "no contract: flat, and said so",
            new([], [Actual(2026, 1000m)]),
            [1000m, 1000m, 1000m, 1000m, 1000m], 2027, "Kein Vertrag zugeordnet" },
        { "data-centre fee follows its own assumption, not the clause",
            new([Renewing(PriceAdjustmentKind.FixedPercent, 5m, vendorId: DataCentreVendor)], [Actual(2026, 1000m)], DataCentrePercent: 2.8m),
            [1000m, 1028m, 1056.78m, 1086.37m, 1116.79m], 2027, "RZ-Entgelt: Annahme +2,8 %" },
        { "contract ends 30.06.2028 (leap year: 182 of 366 days), no successor: cost stops",
            new([FixedEnd(Jan2022, new(2028, 6, 30), PriceAdjustmentKind.FixedPercent, 3m)], [Actual(2026, 1000m)]),
            [1000m, 1030m, 527.55m, 0m, 0m], 2029, "endet am 30.06.2028; kein Nachfolger geplant" },
        { "contract ends 30.06.2028 with a planned successor from 01.07.2028: the successor's clause from 2029",
            new([FixedEnd(Jan2022, new(2028, 6, 30), PriceAdjustmentKind.FixedPercent, 3m),
                 FixedEnd(new(2028, 7, 1), new(2033, 6, 30), PriceAdjustmentKind.None, id: 2)], [Actual(2026, 1000m)]),
            [1000m, 1030m, 1060.90m, 1060.90m, 1060.90m], 2029, "Keine Preisklausel" },
        { "renewing contract with notice given to 31.12.2027: ends there despite tacit renewal",
            new([Renewing(PriceAdjustmentKind.FixedPercent, 3m, endedOn: new(2027, 12, 31))], [Actual(2026, 1000m)]),
            [1000m, 1030m, 0m, 0m, 0m], 2028, "endet am 31.12.2027" },
        { "phase-out: a later contract is no successor, the cost stops with the contract's end",
            new([FixedEnd(Jan2022, new(2028, 12, 31), PriceAdjustmentKind.None),
                 FixedEnd(new(2029, 1, 1), new(2033, 12, 31), PriceAdjustmentKind.None, id: 2)], [Actual(2026, 1000m)], LifecycleStatus.PhaseOut),
            [1000m, 1000m, 1000m, 0m, 0m], 2029, "kein Nachfolger geplant" },
        { "phase-out with a planned end 30.06.2028 (leap year: 182 of 366 days) under a renewing contract: cost stops there",
            new([Renewing(PriceAdjustmentKind.None)], [Actual(2026, 1000m)], LifecycleStatus.PhaseOut, PlannedEnd: new(2028, 6, 30)),
            [1000m, 1000m, 497.27m, 0m, 0m], 2028, "Geplantes Ende des Produkts am 30.06.2028; anteilig 182 von 366 Tagen" },
        { "a contract ending before the planned end still ends the cost",
            new([FixedEnd(Jan2022, new(2027, 12, 31), PriceAdjustmentKind.None)], [Actual(2026, 1000m)], LifecycleStatus.PhaseOut, PlannedEnd: new(2029, 6, 30)),
            [1000m, 1000m, 0m, 0m, 0m], 2028, "endet am 31.12.2027" },
        { "planned product: nothing until its planned cost, then carried forward by its clause",
            new([Renewing(PriceAdjustmentKind.FixedPercent, 2m)], [Plan(2028, 500m)], LifecycleStatus.Planned),
            [0m, 0m, 500m, 510m, 520.20m], 2027, "Geplantes Produkt: Kosten erst ab 2028 geplant" },
        { "a plan line overrides its year, the chain continues from it",
            new([Renewing(PriceAdjustmentKind.FixedPercent, 3m)], [Actual(2026, 1000m), Plan(2028, 1200m)]),
            [1000m, 1030m, 1200m, 1236m, 1273.08m], 2028, "Planzeile 2028 überschreibt die Fortschreibung" },
        { "running year: the booked actual counts, not its plan",
            new([Renewing(PriceAdjustmentKind.None)], [Plan(2026, 900m), Actual(2026, 950m)]),
            [950m, 950m, 950m, 950m, 950m], 2026, "Laufendes Jahr 2026: Ist" },
        { "nothing booked in the running year: carried forward from the last booked year",
            new([Renewing(PriceAdjustmentKind.FixedPercent, 10m)], [Actual(2025, 1000m)]),
            [1100m, 1210m, 1331m, 1464.10m, 1610.51m], 2026, "Für 2026 ist nichts erfasst" },
        { "retired product: no cost after the running year",
            new([Renewing(PriceAdjustmentKind.None)], [Actual(2026, 1000m)], LifecycleStatus.Retired),
            [1000m, 0m, 0m, 0m, 0m], 2027, "außer Betrieb" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Projects_each_rule_with_its_explanation(string because, ProjectionCase @case, decimal[] expected, int explainedYear, string explanation)
    {
        var row = Assert.Single(@case.Project().Rows);

        Assert.True(expected.SequenceEqual(row.Figures.Select(f => f.Amount)),
            $"{because}: {string.Join(" | ", row.Figures.Select(f => $"{f.Amount} {f.Explanation}"))}");
        Assert.Contains(explanation, row.In(explainedYear).Explanation);
    }

    [Fact]
    public void One_off_costs_are_not_carried_forward()
    {
        var projection = new ProjectionCase([Renewing(PriceAdjustmentKind.None)], [Actual(2026, 5000m, CostType.LicencePurchase)]).Project();

        var row = Assert.Single(projection.Rows);
        Assert.Equal([5000m, 0m, 0m, 0m, 0m], row.Figures.Select(f => f.Amount));
        Assert.Contains("Einmalkosten (Lizenzkauf)", row.In(2027).Explanation);
        Assert.Equal(-5000m, projection.TotalIn(2027).ScopeChange);
    }

    [Fact]
    public void Doppelhaushalt_has_two_budget_years_and_three_planning_years_after_them()
    {
        var projection = new ProjectionCase([Renewing(PriceAdjustmentKind.None)], [Actual(2026, 1000m)], BudgetYears: 2).Project();

        Assert.Equal([2026, 2027, 2028, 2029, 2030, 2031], projection.Rows[0].Figures.Select(f => f.Year));
        Assert.Equal(["laufendes Jahr", "Haushaltsjahr", "Haushaltsjahr", "Planungsjahr", "Planungsjahr", "Planungsjahr"],
            projection.Horizon.Years.Select(projection.Horizon.RoleOf));
    }

    [Fact]
    public void Growth_splits_into_index_driven_and_above_index()
    {
        // +5 % agreed against a VPI assumption of 2 %: of the 50 € more, 20 € follow the index and 30 € lie above it.
        var projection = new ProjectionCase([Renewing(PriceAdjustmentKind.FixedPercent, 5m)], [Actual(2026, 1000m)], VpiPercent: 2m).Project();

        var total = projection.TotalIn(2027);
        Assert.Equal((1050m, 20m, 30m, 0m), (total.Amount, total.IndexDriven, total.AboveIndex, total.ScopeChange));
    }

    [Fact]
    public void Default_vpi_assumption_is_the_last_known_annual_change()
    {
        // 121.9 / 119.3 - 1 = 2.18 %, stated with one decimal.
        Assert.Equal(2.2m, ProjectionAssumptions.DefaultVpiPercent(ItInventory.Core.Tests.Analysis.Prices.Vpi.Index));
    }

    [Theory]
    [InlineData(1989, 1, 3, "Haushaltsjahr")]
    [InlineData(2027, 3, 3, "Doppelhaushalt")]
    [InlineData(2027, 1, 0, "Planungsjahre")]
    public void Horizon_outside_the_plannable_range_is_refused_in_german(int year, int budgetYears, int planningYears, string word)
    {
        Assert.Contains(word, new ProjectionHorizon(year, budgetYears, planningYears).Problem());
        Assert.Null(new ProjectionHorizon(2027, 2, 3).Problem());
    }
}
