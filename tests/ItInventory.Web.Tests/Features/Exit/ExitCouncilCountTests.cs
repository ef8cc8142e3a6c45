using ItInventory.Core.Analysis;
using ItInventory.Core.Analysis.Exit;
using ItInventory.Web.Features.Exit;
using ItInventory.Web.Features.Settings;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Features.Api;
using ItInventory.Web.Tests.Support;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Tests.Features.Exit;

/// <summary>The council's count on the overview against the exit list of the API it summarises.</summary>
public class ExitCouncilCountTests(ApiFixture app) : IClassFixture<ApiFixture>
{
    private ExitService Service(ICurrentUser user) =>
        new(app.Factory.Database.Factory, user, app.Factory.Database.Clock,
            new AnalysisSettingsService(app.Factory.Database.Factory, new StaticOptionsMonitor<AnalysisOptions>(new AnalysisOptions()), user),
            Options.Create(new ExitOptions()));

    [Fact]
    public async Task The_count_is_the_number_of_exit_rows_leavable_at_the_next_termination_paying_back_in_the_plan_horizon()
    {
        // Procurement names a successor at a tenth of the running cost for a dozen products with an exit date.
        var procurement = Service(FixedCurrentUser.WithRoles("beschaffung.test", Roles.Beschaffung));
        var candidates = (await procurement.ListAsync()).Where(r => r.Dates.EarliestExit is not null && r.CurrentAnnualCost > 0m).Take(12).ToList();
        foreach (var product in candidates)
        {
            await procurement.SaveAsync(product.ProductId,
                new ExitAssessmentInput { AlternativeName = "Nachfolger", AlternativeAnnualCost = decimal.Round(product.CurrentAnnualCost!.Value / 10, 2) });
        }

        var rows = (await (await app.ReadOnlyItLeitung.GetAsync("/api/v1/exit?pageSize=200")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        var expected = rows.Count(r => r.GetProperty("earliestExit").ValueKind != System.Text.Json.JsonValueKind.Null
                                       && r.GetProperty("paybackYear").ValueKind != System.Text.Json.JsonValueKind.Null
                                       && r.GetProperty("readiness").GetString() != "nicht möglich ohne Vorarbeit");

        // The council member sees the overview only, and gets the count there.
        var count = await Service(FixedCurrentUser.WithRoles("rat", Roles.Rat)).CountWorthLeavingAsync();

        Assert.InRange(expected, 1, candidates.Count);
        Assert.Equal(expected, count.Products);
        Assert.Equal(app.Factory.Database.Clock.CurrentYear + 1 + 3, count.LastPlanYear);
    }
}
