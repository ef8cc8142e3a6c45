using ItInventory.Web.Data;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ItInventory.Web.Tests.Features.Vendors;

public class VendorToContractBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static string Shot(string name) => Path.Combine(BrowserFixture.ScreenshotFolder, name);

    [Fact]
    public async Task From_a_vendor_a_link_leads_to_its_contract_and_its_terms()
    {
        using var scope = browser.App.Services.CreateFirstTenantScope();
        await using var context = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<InventoryDbContext>>().CreateDbContextAsync();
        var vendor = await context.Vendors.Where(v => v.Contracts.Any(c => c.EndedOn == null)).OrderBy(v => v.Name).FirstAsync();
        var contract = await context.Contracts.Where(c => c.VendorId == vendor.Id && c.EndedOn == null).OrderBy(c => c.ContractNumber).FirstAsync();
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/anbieter");
        await BrowserFixture.WaitForInteractiveAsync(page);
        // The list's first load can finish after the search was typed and show all vendors again (seen once on
        // PostgreSQL): the search is typed again until the list answers it.
        var rows = page.Locator("tbody tr.mud-table-row");
        for (var attempt = 1; ; attempt++)
        {
            await page.GetByLabel("Anbieter suchen").FillAsync(vendor.Name);
            try
            {
                await Assertions.Expect(rows).ToHaveCountAsync(1, new() { Timeout = 10_000 });
                break;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
                await page.GetByLabel("Anbieter suchen").FillAsync("");
            }
        }

        await page.GetByRole(AriaRole.Link, new() { Name = vendor.Name, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = vendor.Name, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Abhängige Ämter", Exact = false })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Shot("anbieter-detail.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = contract.ContractNumber, Exact = true }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/vertraege/{contract.Id}$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Vertrag {contract.ContractNumber}", Level = 1 })).ToBeVisibleAsync();
        var terms = page.GetByRole(AriaRole.Table, new() { Name = "Vertragsbedingungen" });
        await Assertions.Expect(terms).ToContainTextAsync("Kündigungsfrist");
        await Assertions.Expect(terms).ToContainTextAsync(contract.Start.ToString("dd.MM.yyyy"));
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Fristen des Vertrags" })).ToContainTextAsync("Nächste Kündigungsmöglichkeit");
        await page.ScreenshotAsync(new() { Path = Shot("vertrag-detail.png"), FullPage = true });
    }

    [Theory]
    [InlineData("/anbieter", "Anbieter", "anbieter.png")]
    [InlineData("/vertraege?frist=180", "Verträge", "vertraege-frist-180.png")]
    [InlineData("/aemter", "Ämter", "aemter.png")]
    [InlineData("/standards?verbindlichkeit=MandatoryByLaw", "Standards", "standards-gesetzlich.png")]
    public async Task The_catalogue_lists_render_with_their_heading_and_rows(string url, string heading, string screenshot)
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync(url);
        await BrowserFixture.WaitForInteractiveAsync(page);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("tbody tr.mud-table-row").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Shot(screenshot), FullPage = true });
    }
}
