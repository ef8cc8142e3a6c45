using ItInventory.Core.Domain;
using ItInventory.Core.Planning;
using static ItInventory.Core.Tests.Analysis.Prices.Lines;

namespace ItInventory.Core.Tests.Planning;

public class PlanVersusActualTests
{
    /// <summary>Each case: the lines of product 1 (maintenance, 2025), then plan, actual, deviation, deviation in % and the year cost.</summary>
    public static TheoryData<string, CostLine[], decimal, decimal, decimal, decimal?, decimal> Cases => new()
    {
        { "over plan, to the cent", [Plan(2025, 1000.00m), Actual(2025, 1033.33m)], 1000.00m, 1033.33m, 33.33m, 0.03333m, 1033.33m },
        { "several invoices add up", [Plan(2025, 999.99m), Actual(2025, 333.33m), Actual(2025, 333.34m)], 999.99m, 666.67m, -333.32m, -333.32m / 999.99m, 666.67m },
        { "no actual yet: deviation is the whole plan, the year cost stays the plan", [Plan(2025, 500.01m)], 500.01m, 0m, -500.01m, -1m, 500.01m },
        { "actual without plan: no percentage", [Actual(2025, 0.01m)], 0m, 0.01m, 0.01m, null, 0.01m },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compares_plan_and_actual_to_the_cent(string because, CostLine[] lines, decimal plan, decimal actual, decimal deviation, decimal? rate, decimal yearCost)
    {
        var figure = Assert.Single(PlanVersusActual.Compare(lines, 2025, 2025)).Figure;

        Assert.True((plan, actual, deviation, rate, yearCost) == (figure.Plan, figure.Actual, figure.Deviation, figure.DeviationRate, figure.YearCost), because);
    }

    [Fact]
    public void Running_year_compares_actuals_to_date_per_cost_type_and_sums_per_product()
    {
        // 2026 is running: maintenance is booked, hosting only planned. The year cost follows the rule per cost type.
        CostLine[] lines =
        [
            Plan(2026, 1200.00m), Actual(2026, 600.50m),
            Plan(2026, 300.25m, CostType.Hosting),
            Plan(2026, 99.99m, product: 2), Actual(2024, 10m),
        ];

        var rows = PlanVersusActual.Compare(lines, 2025, 2026);
        var perProduct = PlanVersusActual.SumBy(rows, r => r.ProductId);

        Assert.Equal(3, rows.Count);
        var product1 = perProduct[(1, 2026)];
        Assert.Equal((1500.25m, 600.50m, -899.75m, 900.75m), (product1.Plan, product1.Actual, product1.Deviation, product1.YearCost));
        Assert.Equal(99.99m, perProduct[(2, 2026)].YearCost);
        Assert.False(perProduct.ContainsKey((1, 2024)));
    }
}
