using ItInventory.Core.Planning;
using ItInventory.Web.Features.Planning;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;

namespace ItInventory.Web.Tests.Features.Planning;

/// <summary>Saved scenarios: their own assumptions and an exit with a switch to an alternative, against the stored assumptions.</summary>
public class PlanningScenarioTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateSampleCityAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task An_exit_scenario_drops_the_product_after_its_exit_and_adds_the_alternative()
    {
        var user = FixedCurrentUser.WithRoles("tester", Roles.ItLeitung);
        var scenarios = new PlanningScenarioStore(_db.Factory, user);
        var plans = new FinancialPlanService(_db.Factory, new PlanningAssumptionsStore(_db.Factory, user), _db.Clock, user);
        var horizon = new ProjectionHorizon(2027);
        var basePlan = await plans.GetAsync(horizon);
        var product = basePlan.Rows.GroupBy(r => r.ProductId).OrderByDescending(g => g.Sum(r => r.AmountIn(2030))).First();

        await scenarios.SaveAsync(new PlanningScenario(" Wechsel ", new PlanningAssumptions(), product.Key, 1234m, 10_000m));
        await scenarios.SaveAsync(new PlanningScenario("Weiter wie bisher", new PlanningAssumptions(VpiPercent: 4m)));
        var saved = (await scenarios.LoadAsync()).Scenarios;
        var exit = await plans.GetAsync(horizon, scenario: saved.Single(s => s.Name == "Wechsel"));
        var carryOn = await plans.GetAsync(horizon, scenario: saved.Single(s => s.Name == "Weiter wie bisher"));

        Assert.Equal(["Wechsel", "Weiter wie bisher"], saved.Select(s => s.Name));
        Assert.Contains("gekündigt zum nächsten Termin", exit.ScenarioNote);
        Assert.Equal(basePlan.Projection.TotalIn(2030).Amount - product.Sum(r => r.AmountIn(2030)) + 1234m, exit.Projection.TotalIn(2030).Amount);
        Assert.Equal(basePlan.Projection.TotalIn(2026).Amount, exit.Projection.TotalIn(2026).Amount);
        Assert.Equal(4m, carryOn.Projection.Assumptions.VpiPercent);
        Assert.Null(carryOn.ScenarioNote);
    }

    [Fact]
    public async Task Scenarios_are_checked_in_german_and_the_council_may_not_save_one()
    {
        var scenarios = new PlanningScenarioStore(_db.Factory, FixedCurrentUser.WithRoles("tester", Roles.ItLeitung));

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            scenarios.SaveAsync(new PlanningScenario(" ", new PlanningAssumptions(VpiPercent: 95m), 999_999, -1m)));

        Assert.Equal("Bitte geben Sie dem Szenario einen Namen.", Assert.Single(refused.Errors[nameof(PlanningScenario.Name)]));
        Assert.Equal("Das gewählte Produkt gibt es nicht (mehr).", Assert.Single(refused.Errors[nameof(PlanningScenario.ExitProductId)]));
        Assert.Single(refused.Errors[nameof(PlanningAssumptions.VpiPercent)]);
        Assert.Single(refused.Errors[nameof(PlanningScenario.AlternativeAnnualCost)]);
        Assert.Empty((await scenarios.LoadAsync()).Scenarios);
        await Assert.ThrowsAsync<AccessDeniedException>(() => new PlanningScenarioStore(_db.Factory, FixedCurrentUser.WithRoles("rat", Roles.Rat))
            .SaveAsync(new PlanningScenario("Rat", new PlanningAssumptions())));
    }
}
