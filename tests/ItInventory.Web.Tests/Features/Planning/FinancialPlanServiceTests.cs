using ItInventory.Core.Planning;
using ItInventory.Web.Features.Planning;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Planning;

/// <summary>The Finanzplanung over the sample city (today 28.11.2026: running year 2026, budget year 2027).</summary>
public class FinancialPlanServiceTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateSampleCityAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private (FinancialPlanService Plans, PlanningAssumptionsStore Store) Services(string role)
    {
        var user = FixedCurrentUser.WithRoles("tester", role);
        var store = new PlanningAssumptionsStore(_db.Factory, user);
        return (new FinancialPlanService(_db.Factory, store, _db.Clock, user), store);
    }

    [Fact]
    public async Task The_running_year_is_the_year_cost_the_rest_of_the_app_shows()
    {
        var plan = await Services(Roles.Rat).Plans.GetAsync(new ProjectionHorizon(2027));

        await using var context = _db.CreateContext();
        var yearCost = await Web.Data.Queries.YearCosts.Counting(context, 2026).SumAsync(c => c.Amount);
        var booked = plan.Rows.Select(r => r.Figures[0]).Where(f => f.Source == FigureSource.Booked).Sum(f => f.Amount);
        Assert.Equal(yearCost, booked);
        Assert.Equal(yearCost, plan.PlanActual.Where(l => l.Year == 2026).Sum(l => l.Figure.YearCost));
        Assert.Equal([2026, 2027, 2028, 2029, 2030], plan.Years);
        foreach (var year in plan.Years)
            Assert.Equal(plan.Rows.Sum(r => r.AmountIn(year)), plan.Projection.TotalIn(year).Amount);
        Assert.All(plan.Rows.SelectMany(r => r.Figures), f => Assert.False(string.IsNullOrWhiteSpace(f.Explanation)));
    }

    [Fact]
    public async Task A_stated_vpi_assumption_moves_the_index_linked_figures_and_is_refused_out_of_range()
    {
        var (plans, store) = Services(Roles.ItLeitung);
        var before = await plans.GetAsync(new ProjectionHorizon(2027));

        await store.SaveAsync(before.StoredAssumptions with { VpiPercent = 9.5m }, before.AssumptionsVersion);
        var after = await plans.GetAsync(new ProjectionHorizon(2027));

        Assert.True(before.VpiIsDefault);
        Assert.Equal(9.5m, after.Projection.Assumptions.VpiPercent);
        Assert.True(after.Projection.TotalIn(2030).Amount > before.Projection.TotalIn(2030).Amount);
        Assert.Contains(after.Rows.SelectMany(r => r.Figures), f => f.Explanation.Contains("VPI-Annahme +9,5 %"));
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            store.SaveAsync(new PlanningAssumptions(VpiPercent: 95m), after.AssumptionsVersion));
        Assert.Equal("Die VPI-Annahme muss zwischen -20 % und 50 % liegen.", Assert.Single(refused.Errors[nameof(PlanningAssumptions.VpiPercent)]));
    }

    [Fact]
    public async Task A_vpi_assumption_for_one_year_moves_only_that_year_and_after_and_is_refused_out_of_range()
    {
        var (plans, store) = Services(Roles.ItLeitung);
        var before = await plans.GetAsync(new ProjectionHorizon(2027));

        await store.SaveAsync(before.StoredAssumptions with { VpiPercentByYear = new Dictionary<int, decimal> { [2029] = 12.5m } }, before.AssumptionsVersion);
        var after = await plans.GetAsync(new ProjectionHorizon(2027));

        Assert.Equal(before.Projection.TotalIn(2028).Amount, after.Projection.TotalIn(2028).Amount);
        Assert.True(after.Projection.TotalIn(2029).Amount > before.Projection.TotalIn(2029).Amount);
        Assert.Contains(after.Rows.Select(r => r.Figures.First(f => f.Year == 2029)), f => f.Explanation.Contains("VPI-Annahme +12,5 %"));
        Assert.DoesNotContain(after.Rows.Select(r => r.Figures.First(f => f.Year == 2030)), f => f.Explanation.Contains("+12,5 %"));
        Assert.Equal("2029: +12,5 %", after.VpiByYearWording);
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => store.SaveAsync(
            after.StoredAssumptions with { VpiPercentByYear = new Dictionary<int, decimal> { [2029] = 60m } }, after.AssumptionsVersion));
        Assert.Equal("Die VPI-Annahme für 2029 muss zwischen -20 % und 50 % liegen.",
            Assert.Single(refused.Errors[nameof(PlanningAssumptions.VpiPercentByYear)]));
    }

    [Fact]
    public async Task The_council_reads_but_may_not_change_the_assumptions()
    {
        var (plans, store) = Services(Roles.Rat);

        Assert.NotEmpty((await plans.GetAsync(new ProjectionHorizon(2027, 2))).Rows);
        await Assert.ThrowsAsync<AccessDeniedException>(() => store.SaveAsync(new PlanningAssumptions(VpiPercent: 3m), null));
    }
}
