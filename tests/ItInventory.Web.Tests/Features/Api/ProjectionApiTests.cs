using System.Net;
using ItInventory.Core.Planning;
using ItInventory.Web.Features.Planning;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;

namespace ItInventory.Web.Tests.Features.Api;

/// <summary><c>/api/v1/projection</c>: the same figures as the service, validated ranges, German problems, roles.</summary>
public class ProjectionApiTests(ApiFixture app) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The_projection_has_the_service_totals_per_year_and_explains_each_figure()
    {
        var response = await app.Rat.GetAsync("/api/v1/projection?year=2027&horizon=3&budgetYears=2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        var user = FixedCurrentUser.WithRoles("rat", Roles.Rat);
        var expected = await new FinancialPlanService(app.Factory.Database.Factory, new PlanningAssumptionsStore(app.Factory.Database.Factory, user),
            app.Factory.Database.Clock, user).GetAsync(new ProjectionHorizon(2027, 2, 3));
        var totals = body.GetProperty("totals").EnumerateArray().ToList();
        Assert.Equal([2026, 2027, 2028, 2029, 2030, 2031], totals.Select(t => t.GetProperty("year").GetInt32()));
        Assert.Equal(expected.Projection.Totals.Select(t => t.Amount), totals.Select(t => t.GetProperty("amount").GetDecimal()));
        Assert.Equal("Haushaltsjahr", totals[2].GetProperty("role").GetString());
        Assert.All(body.GetProperty("rows").EnumerateArray().SelectMany(r => r.GetProperty("figures").EnumerateArray()),
            f => Assert.NotEmpty(f.GetProperty("explanation").GetString()!));
        var byKey = body.GetProperty("byBudgetKey").EnumerateArray().SelectMany(k => k.GetProperty("amounts").EnumerateArray())
            .GroupBy(a => a.GetProperty("year").GetInt32(), a => a.GetProperty("amount").GetDecimal()).OrderBy(g => g.Key).Select(g => g.Sum()).ToList();
        Assert.Equal(expected.Projection.Totals.Select(t => t.Amount), byKey);
        var authorisations = body.GetProperty("authorisations").EnumerateArray().ToList();
        Assert.Equal([2029, 2030, 2031], authorisations.Select(a => a.GetProperty("year").GetInt32()));
        Assert.Equal(expected.CommitmentYears.Select(expected.AuthorisationIn), authorisations.Select(a => a.GetProperty("amount").GetDecimal()));
    }

    [Theory]
    [InlineData("year=1989", "year", "Das Haushaltsjahr muss zwischen 1990 und 2100 liegen.")]
    [InlineData("year=2027&horizon=0", "horizon", "Der Planungszeitraum umfasst 1 bis 5 Planungsjahre.")]
    [InlineData("year=2027&horizon=2147483647", "horizon", "Der Planungszeitraum umfasst 1 bis 5 Planungsjahre.")]
    [InlineData("year=2027&budgetYears=3", "budgetYears", "Ein Haushalt umfasst ein oder zwei Haushaltsjahre (Doppelhaushalt).")]
    public async Task Out_of_range_parameters_are_a_German_400_naming_the_parameter(string query, string field, string message)
    {
        var response = await app.ReadOnlyItLeitung.GetAsync("/api/v1/projection?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, Assert.Single((await response.JsonAsync()).GetProperty("errors").GetProperty(field).EnumerateArray()).GetString());
    }

    [Fact]
    public async Task The_ergebnisplan_view_has_the_services_depreciated_totals_and_an_unknown_view_is_refused()
    {
        var body = await (await app.ReadOnlyItLeitung.GetAsync("/api/v1/projection?year=2027&view=ergebnis")).JsonAsync();
        var user = FixedCurrentUser.WithRoles("rat", Roles.Rat);
        var expected = await new FinancialPlanService(app.Factory.Database.Factory, new PlanningAssumptionsStore(app.Factory.Database.Factory, user),
            app.Factory.Database.Clock, user).GetAsync(new ProjectionHorizon(2027), view: BudgetView.Ergebnisplan);

        Assert.Equal("ergebnis", body.GetProperty("view").GetString());
        Assert.Equal(expected.Projection.Totals.Select(t => t.Amount), body.GetProperty("totals").EnumerateArray().Select(t => t.GetProperty("amount").GetDecimal()));
        var refused = await app.ReadOnlyItLeitung.GetAsync("/api/v1/projection?view=kasse");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("Die Sicht muss „ergebnis“ (Ergebnisplan) oder „finanz“ (Finanzplan) sein.",
            Assert.Single((await refused.JsonAsync()).GetProperty("errors").GetProperty("view").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task A_saved_scenario_is_computed_by_name_and_an_unknown_one_is_a_German_400()
    {
        var user = FixedCurrentUser.WithRoles("it", Roles.ItLeitung);
        var scenario = new PlanningScenario("API-Szenario", new PlanningAssumptions(VpiPercent: 7m));
        await new PlanningScenarioStore(app.Factory.Database.Factory, user).SaveAsync(scenario);

        var body = await (await app.Rat.GetAsync("/api/v1/projection?year=2027&scenario=api-szenario")).JsonAsync();
        var expected = await new FinancialPlanService(app.Factory.Database.Factory, new PlanningAssumptionsStore(app.Factory.Database.Factory, user),
            app.Factory.Database.Clock, user).GetAsync(new ProjectionHorizon(2027), scenario: scenario);

        Assert.Equal("API-Szenario", body.GetProperty("scenario").GetString());
        Assert.Equal(7m, body.GetProperty("vpiPercent").GetDecimal());
        Assert.Equal(expected.Projection.Totals.Select(t => t.Amount), body.GetProperty("totals").EnumerateArray().Select(t => t.GetProperty("amount").GetDecimal()));
        var refused = await app.Rat.GetAsync("/api/v1/projection?scenario=gibt-es-nicht");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("Ein Szenario dieses Namens ist nicht gespeichert.",
            Assert.Single((await refused.JsonAsync()).GetProperty("errors").GetProperty("scenario").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task Without_a_token_the_answer_is_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous.GetAsync("/api/v1/projection")).StatusCode);
    }
}
