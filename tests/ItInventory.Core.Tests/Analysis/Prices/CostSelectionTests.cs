using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Domain;
using static ItInventory.Core.Tests.Analysis.Prices.Lines;

namespace ItInventory.Core.Tests.Analysis.Prices;

public class CostSelectionTests
{
    public static TheoryData<CostLine[], decimal, int?, ValueBasis> Selections => new()
    {
        // Actual wins over plan of the same year and cost type; actual lines add up.
        { [Plan(2024, 11_000m), Actual(2024, 6_000m), Actual(2024, 4_500m)], 10_500m, null, ValueBasis.Actual },
        // Only plan: plan is used.
        { [Plan(2024, 11_000m, quantity: 100)], 11_000m, 100, ValueBasis.Plan },
        // Quantities add up when every chosen line states one ...
        { [Actual(2024, 5_000m, quantity: 50), Actual(2024, 5_000m, quantity: 60)], 10_000m, 110, ValueBasis.Actual },
        // ... and are unknown when one does not; a plan line's quantity does not fill the gap.
        { [Actual(2024, 5_000m, quantity: 50), Actual(2024, 5_000m), Plan(2024, 9_000m, quantity: 110)], 10_000m, null, ValueBasis.Actual },
    };

    [Theory]
    [MemberData(nameof(Selections))]
    public void Actual_is_preferred_per_year_and_cost_type(CostLine[] lines, decimal amount, int? quantity, ValueBasis basis)
    {
        var selected = Assert.Single(CostSelection.Select(lines));

        Assert.Equal((amount, quantity, basis), (selected.Amount, selected.Quantity, selected.Basis));
    }

    [Fact]
    public void The_choice_is_made_per_cost_type_so_a_planned_cost_type_is_not_dropped()
    {
        var selected = CostSelection.Select([
            Actual(2025, 10_000m, CostType.Maintenance), Plan(2025, 9_000m, CostType.Maintenance),
            Plan(2025, 4_000m, CostType.Hosting),
        ]);

        Assert.Equal(
            [(CostType.Maintenance, 10_000m, ValueBasis.Actual), (CostType.Hosting, 4_000m, ValueBasis.Plan)],
            selected.Select(s => (s.CostType, s.Amount, s.Basis)).ToArray());
    }

    [Theory]
    [InlineData(2025, "14000")]  // 2025: maintenance 10,000 + hosting 4,000; the licence purchase is investive
    [InlineData(2024, "9000")]   // latest year up to 2024
    [InlineData(2022, null)]     // nothing that early
    public void Annual_running_cost_is_the_konsumtive_cost_of_the_latest_year(int upToYear, string? expected)
    {
        CostLine[] lines =
        [
            Actual(2024, 9_000m), Actual(2025, 10_000m), Plan(2025, 4_000m, CostType.Hosting),
            Actual(2025, 50_000m, CostType.LicencePurchase), Plan(2026, 20_000m),
        ];

        Assert.Equal(expected is null ? (decimal?)null : decimal.Parse(expected), CostSelection.AnnualRunningCost(lines, upToYear));
    }
}
