using ItInventory.Core.Domain;
using ItInventory.Web.Features.Products;

namespace ItInventory.Web.Tests.Features.Products;

public class ProductCostTableTests
{
    private static ProductCostLineRow Line(int year, CostType type, CostKind kind, decimal amount) =>
        new(0, Guid.NewGuid(), year, type, kind, amount, null, null, null, null, null);

    [Fact]
    public void A_year_shows_its_actuals_once_any_are_booked_and_its_plan_otherwise()
    {
        var table = ProductCostTable.From(
        [
            Line(2025, CostType.Maintenance, CostKind.Plan, 1000m),
            Line(2025, CostType.Maintenance, CostKind.Actual, 1100.10m),
            Line(2025, CostType.Hosting, CostKind.Actual, 200m),
            Line(2025, CostType.Hosting, CostKind.Actual, 0.05m),
            Line(2026, CostType.Maintenance, CostKind.Plan, 1200m),
        ]);

        Assert.Equal([2025, 2026], table.Years);
        Assert.Equal([CostType.Maintenance, CostType.Hosting], table.CostTypes);
        Assert.Equal("Ist", table.BasisLabel(2025));
        Assert.Equal("Plan", table.BasisLabel(2026));
        Assert.Equal(1100.10m, table.Amount(2025, CostType.Maintenance));
        Assert.Equal(200.05m, table.Amount(2025, CostType.Hosting));
        Assert.Null(table.Amount(2026, CostType.Hosting));
        Assert.Equal(1300.15m, table.Total(2025));
        Assert.Equal(1000m, table.PlanTotalBesideActuals(2025));
        Assert.Equal(1200m, table.Total(2026));
        Assert.Null(table.PlanTotalBesideActuals(2026));
    }

    [Fact]
    public void A_running_year_with_booked_maintenance_and_planned_hosting_counts_both()
    {
        var table = ProductCostTable.From(
        [
            Line(2025, CostType.Maintenance, CostKind.Actual, 1000m),
            Line(2025, CostType.Hosting, CostKind.Actual, 500m),
            Line(2026, CostType.Maintenance, CostKind.Plan, 1000m),
            Line(2026, CostType.Maintenance, CostKind.Actual, 1000m),
            Line(2026, CostType.Hosting, CostKind.Plan, 500m),
        ]);

        Assert.Equal(1500m, table.Total(2026));
        Assert.Equal(500m, table.Amount(2026, CostType.Hosting));
        Assert.Equal("Ist/Plan", table.BasisLabel(2026));
        Assert.Equal(1500m, table.PlanTotalBesideActuals(2026));
    }
}
