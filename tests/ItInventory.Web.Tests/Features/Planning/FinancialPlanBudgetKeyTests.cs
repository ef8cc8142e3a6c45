using ItInventory.Core.Domain;
using ItInventory.Core.Planning;
using ItInventory.Web.Features.Departments;
using ItInventory.Web.Features.Planning;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Planning;

/// <summary>Budget keys entered on a department and per cost type, and the Finanzplanung added up by them; the Verpflichtungsermächtigungen.</summary>
public class FinancialPlanBudgetKeyTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateSampleCityAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task The_projection_adds_up_by_the_department_and_cost_type_keys_and_bad_keys_are_refused_in_german()
    {
        var user = FixedCurrentUser.WithRoles("tester", Roles.ItLeitung);
        var departments = new DepartmentService(_db.Factory, _db.Clock, user);
        var store = new PlanningAssumptionsStore(_db.Factory, user);
        var plans = new FinancialPlanService(_db.Factory, store, _db.Clock, user);
        int departmentId;
        await using (var context = _db.CreateContext())
            departmentId = await context.Departments.Where(d => d.Number == "33").Select(d => d.Id).SingleAsync();

        var input = await departments.GetForEditAsync(departmentId);
        input.BudgetAccount = "5431x";
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => departments.UpdateAsync(departmentId, input));
        Assert.Equal(["Das Sachkonto besteht aus 4 bis 8 Ziffern (z. B. 543100)."], refused.Errors[nameof(DepartmentInput.BudgetAccount)]);
        input.BudgetProduct = " 02.1.22 ";
        input.BudgetAccount = "543100";
        await departments.UpdateAsync(departmentId, input);
        var plan = await plans.GetAsync(new ProjectionHorizon(2027));
        await Assert.ThrowsAsync<ValidationFailedException>(() => store.SaveAsync(
            plan.StoredAssumptions with { AccountsByCostType = new Dictionary<CostType, string> { [CostType.Hosting] = "RZ" } }, plan.AssumptionsVersion));
        await store.SaveAsync(plan.StoredAssumptions with { AccountsByCostType = new Dictionary<CostType, string> { [CostType.Hosting] = "543150" } },
            plan.AssumptionsVersion);

        plan = await plans.GetAsync(new ProjectionHorizon(2027));

        Assert.Equal("02.1.22", (await departments.GetForEditAsync(departmentId)).BudgetProduct);
        foreach (var (year, i) in plan.Years.Select((y, i) => (y, i)))
        {
            Assert.Equal(plan.Projection.TotalIn(year).Amount, plan.ByBudgetKey.Sum(k => k.Amounts[i]));
            var ownRows = plan.Rows.Where(r => r.DepartmentId == departmentId).ToList();
            Assert.Equal(ownRows.Where(r => r.CostType != CostType.Hosting).Sum(r => r.AmountIn(year)), AmountOf(plan, "02.1.22", "543100", i));
            Assert.Equal(ownRows.Where(r => r.CostType == CostType.Hosting).Sum(r => r.AmountIn(year)), AmountOf(plan, "02.1.22", "543150", i));
        }

        Assert.True(plan.ByBudgetKey.Single(k => k.Key == new BudgetKey("02.1.22", "543100")).Amounts[1] > 0m);
    }

    [Fact]
    public async Task Verpflichtungsermaechtigungen_cover_the_planning_years_and_never_exceed_the_projection()
    {
        var user = FixedCurrentUser.WithRoles("tester", Roles.Rat);
        var plan = await new FinancialPlanService(_db.Factory, new PlanningAssumptionsStore(_db.Factory, user), _db.Clock, user)
            .GetAsync(new ProjectionHorizon(2027));

        Assert.Equal([2028, 2029, 2030], plan.CommitmentYears);
        Assert.NotEmpty(plan.Commitments);
        foreach (var year in plan.CommitmentYears)
        {
            Assert.Equal(plan.Commitments.Sum(c => c.Amounts.GetValueOrDefault(year)), plan.AuthorisationIn(year));
            Assert.True(plan.AuthorisationIn(year) <= plan.Projection.TotalIn(year).Amount);
        }

        Assert.All(plan.Commitments, c => Assert.True(c.EarliestEnd >= new DateOnly(2028, 1, 1), $"{c.Contract} ends {c.EarliestEnd}"));
    }

    private static decimal AmountOf(FinancialPlan plan, string budgetProduct, string account, int yearIndex) =>
        plan.ByBudgetKey.SingleOrDefault(k => k.Key == new BudgetKey(budgetProduct, account))?.Amounts[yearIndex] ?? 0m;
}
