using ItInventory.Core.Comparison.Exchange;
using ItInventory.Core.Domain.Tenants;
using ItInventory.Web.Data;
using ItInventory.Web.Features.Comparison;
using ItInventory.Web.Features.Comparison.Exchange;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ItInventory.Web.Tests.Features.Comparison;

/// <summary>
/// "Vergleich" and "Marktkatalog" in a real browser. The sample installation has too few tenants for a group of k, so
/// Musterstadt takes part and imports a Vergleichsstelle's aggregate of five senders (its own figures scaled), as a
/// single city would; the page then shows its position against those groups.
/// </summary>
public class ComparisonBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly decimal[] Scales = [0.5m, 0.8m, 1.2m, 1.5m, 2m];

    [Fact]
    public async Task A_participating_city_sees_its_position_in_a_group_and_the_market_catalogue_lists_the_product()
    {
        await TakePartWithAggregateAsync();
        var page = await browser.NewPageAsync("admin");

        await page.GotoAsync("/vergleich");
        await BrowserFixture.WaitForInteractiveAsync(page);
        var lines = page.GetByTestId("comparison-lines");
        var ewo = lines.GetByRole(AriaRole.Row).Filter(new() { HasText = "MeldeWerk EWO (Meldewerk Software GmbH)" })
            .Filter(new() { HasText = "je Einwohner" });
        // Median of 0.8, 1.2 and 1.5 times the own figure: the own one lies below it, in a group of five.
        await Assertions.Expect(ewo).ToContainTextAsync("unter dem Median");
        await Assertions.Expect(ewo.GetByRole(AriaRole.Cell).Nth(1)).ToHaveTextAsync("5");

        await page.GotoAsync("/marktkatalog");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Marktkatalog", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("MeldeWerk EWO").First).ToBeVisibleAsync();
    }

    private async Task TakePartWithAggregateAsync()
    {
        await using var db = DataServiceCollectionExtensions.CreateInventoryDbContext(browser.App.Provider, browser.App.ConnectionString, tenant: new FixedTenant(Tenant.FirstId));
        await db.Tenants.Where(t => t.Id == Tenant.FirstId).ExecuteUpdateAsync(s => s.SetProperty(t => t.TakesPartInComparison, true));
        var own = ExchangeFiles.Of(await ComparisonMembersLoader.OwnAsync(db, default), "eigene", TestDatabase.AsOf);
        var files = Scales.Select((scale, i) => own with
        {
            SenderId = $"absender-{i}",
            Groups = own.Groups.Select(g => g with
            {
                Years = g.Years.Select(y => y with { CostPerInhabitant = y.CostPerInhabitant * scale, CostPerUser = y.CostPerUser * scale }).ToList(),
            }).ToList(),
        });
        var aggregate = ExchangeAggregation.Aggregate(files, TestDatabase.AsOf.Year - 1, null, Core.Comparison.ComparisonPrivacy.Default, TestDatabase.AsOf);
        await new AggregateImportService(new FirstTenant(browser.App), FixedCurrentUser.WithRoles("admin", Roles.Administrator))
            .ImportAsync(new UploadedFile("gesamtdatei.json", ComparisonJson.Write(aggregate)));
    }

    private sealed class FirstTenant(InventoryAppFactory app) : IDbContextFactory<InventoryDbContext>
    {
        public InventoryDbContext CreateDbContext() =>
            DataServiceCollectionExtensions.CreateInventoryDbContext(app.Provider, app.ConnectionString, tenant: new FixedTenant(Tenant.FirstId));
    }
}
