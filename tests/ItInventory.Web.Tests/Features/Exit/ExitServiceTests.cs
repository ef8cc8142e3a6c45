using ItInventory.Core.Analysis;
using ItInventory.Core.Analysis.Exit;
using ItInventory.Core.Domain;
using ItInventory.Web.Features.Exit;
using ItInventory.Web.Features.Settings;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Tests.Features.Exit;

/// <summary>The exit assessment over the sample city: stored figures move the break-even, Data Act terms raise findings at once.</summary>
public class ExitServiceTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private static readonly ICurrentUser Procurement = FixedCurrentUser.WithRoles("beschaffung.test", Roles.Beschaffung);

    public async Task InitializeAsync() => _db = await TestDatabase.CreateSampleCityAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private ExitService Service() =>
        new(_db.Factory, Procurement, _db.Clock,
            new AnalysisSettingsService(_db.Factory, new StaticOptionsMonitor<AnalysisOptions>(new AnalysisOptions()), Procurement), Options.Create(new ExitOptions()));

    [Fact]
    public async Task Editing_a_cost_item_moves_the_break_even_and_the_assessment_keeps_date_and_author()
    {
        var service = Service();
        var list = await service.ListAsync();
        var product = list.First(r => r.CurrentAnnualCost > 10_000m && r.Dates.RealisticExit is not null && r.Dates.RealisticExit.Value.Year < service.LastPlanYear);
        Assert.Equal(ExitResult.MarketResearchNeeded, product.Alternative);
        Assert.False(product.BreakEven.Known);

        // An alternative at half the cost: the switching cost defaults pay back within the plan horizon ...
        await service.SaveAsync(product.ProductId, new ExitAssessmentInput { AlternativeName = "Nachfolger", AlternativeAnnualCost = decimal.Round(product.CurrentAnnualCost!.Value / 2, 2) });
        await service.SetCostItemAsync(product.ProductId, SwitchingCostKeys.Migration, 0m);
        var paying = await service.GetAsync(product.ProductId);
        Assert.True(paying.BreakEven.PaysBack, paying.BreakEven.Verdict);

        // ... a migration of twenty years' running cost does not.
        await service.SetCostItemAsync(product.ProductId, SwitchingCostKeys.Migration, product.CurrentAnnualCost!.Value * 20);
        var notPaying = await service.GetAsync(product.ProductId);
        Assert.False(notPaying.BreakEven.PaysBack);
        Assert.Equal(paying.SwitchingCost.Total + product.CurrentAnnualCost.Value * 20, notPaying.SwitchingCost.Total);

        await using var context = _db.CreateContext();
        var stored = await context.ExitAssessments.Include(a => a.CostItems).SingleAsync(a => a.ProductId == product.ProductId);
        Assert.Equal(("beschaffung.test", _db.Clock.Today, "Nachfolger"), (stored.Author, stored.AssessedOn, stored.AlternativeName));
        Assert.Equal(SwitchingCostKeys.Migration, Assert.Single(stored.CostItems).ItemKey);

        // Back to the default.
        await service.SetCostItemAsync(product.ProductId, SwitchingCostKeys.Migration, null);
        Assert.DoesNotContain((await service.GetAsync(product.ProductId)).SwitchingCost.Items, i => i.Edited);
    }

    [Fact]
    public async Task Bad_input_is_refused_in_German_and_nothing_is_written()
    {
        var service = Service();
        var productId = (await service.ListAsync())[0].ProductId;

        var key = await Assert.ThrowsAsync<ValidationFailedException>(() => service.SetCostItemAsync(productId, "interface:x", 10m));
        var amount = await Assert.ThrowsAsync<ValidationFailedException>(() => service.SetCostItemAsync(productId, SwitchingCostKeys.Training, -1m));
        var cost = await Assert.ThrowsAsync<ValidationFailedException>(() => service.SaveAsync(productId, new ExitAssessmentInput { AlternativeAnnualCost = 0.001m }));
        await Assert.ThrowsAsync<NotFoundException>(() => service.GetAsync(int.MaxValue));

        Assert.StartsWith("Unbekannter Kostenpunkt", key.Errors["ItemKey"][0]);
        Assert.Equal("Der Betrag darf nicht negativ sein.", amount.Errors["Amount"][0]);
        Assert.Equal("Die Kosten der Alternative darf höchstens zwei Nachkommastellen (Cent) haben.", cost.Errors["AlternativeAnnualCost"][0]);
        await using var context = _db.CreateContext();
        Assert.False(await context.ExitAssessments.AnyAsync());
    }

    [Fact]
    public async Task A_Data_Act_term_written_to_a_cloud_contract_shows_in_the_findings_at_once()
    {
        var analysis = TestServices.Analysis(_db, FixedCurrentUser.WithRoles("it", Roles.ItLeitung));
        int contractId;
        await using (var context = _db.CreateContext())
        {
            var contract = await context.Contracts.Where(c => c.EndedOn == null).OrderBy(c => c.Id).FirstAsync();
            contractId = contract.Id;
        }

        Assert.DoesNotContain((await analysis.AnalyzeAsync()).Findings, f => f.Kind == FindingKind.DataActBreach && f.Subject.Id == contractId);
        await using (var context = _db.CreateContext())
        {
            var contract = await context.Contracts.SingleAsync(c => c.Id == contractId);
            contract.IsDataProcessingService = true;
            contract.SwitchingNoticeMonths = 3;
            await context.SaveChangesAsync();
        }

        var finding = Assert.Single((await analysis.AnalyzeAsync()).Findings, f => f.Kind == FindingKind.DataActBreach && f.Subject.Id == contractId);
        Assert.Contains("Art. 25 Abs. 2 lit. d", finding.Title);
    }
}
