using System.Globalization;
using ItInventory.Core.Domain;
using ItInventory.Web.Data;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ItInventory.Web.Tests.Features.Costs;

public class CostListBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    /// <summary>The shared machine can be slow; events sent before the circuit is attached would be lost.</summary>
    private static readonly LocatorAssertionsToContainTextOptions Slow = new() { Timeout = 30_000 };

    private static async Task ReadyAsync(IPage page)
    {
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.Locator("h1[data-interactive]").WaitForAsync(new() { Timeout = 30_000 });
    }

    private InventoryDbContext Database() => browser.App.CreateContext();

    [Fact]
    public async Task Planning_next_year_shows_a_preview_and_saves_it_as_the_new_plan_year()
    {
        decimal expectedTotal;
        await using (var db = Database())
        {
            Assert.False(await db.CostLines.AnyAsync(c => c.FiscalYear == 2028));
            var sources = await db.CostLines
                .Where(c => c.FiscalYear == 2027 && c.Kind == CostKind.Plan && c.CostType != CostType.LicencePurchase && c.Product!.Lifecycle != LifecycleStatus.Retired)
                .Select(c => c.Amount).ToListAsync();
            expectedTotal = sources.Sum(a => Math.Round(a * 1.03m, 2, MidpointRounding.AwayFromZero));
        }

        var page = await browser.NewPageAsync();
        await page.GotoAsync("/kosten");
        await ReadyAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kosten", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("cost-summary")).ToContainTextAsync("Summe 2026: Plan", Slow);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "kosten.png"), FullPage = true });

        await page.GetByRole(AriaRole.Button, new() { Name = "Nächstes Jahr planen" }).ClickAsync();
        var sourceYear = page.GetByLabel("Ausgangsjahr");
        await sourceYear.FillAsync("2027");
        await sourceYear.BlurAsync();
        await page.GetByLabel("Ausgangswerte").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Plan", Exact = true }).ClickAsync();
        // The option list must be gone, or its closing overlay swallows the next click.
        await Assertions.Expect(page.GetByRole(AriaRole.Listbox)).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Vorschau berechnen" }).ClickAsync();

        var summary = page.GetByTestId("plan-summary");
        await Assertions.Expect(summary).ToContainTextAsync(expectedTotal.ToString("#,##0.00 €", German) + " (Plan 2028)", Slow);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "kosten-naechstes-jahr.png") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Plan 2028 speichern" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Plan 2028 gespeichert")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("cost-summary")).ToContainTextAsync($"Summe 2028: Plan {expectedTotal.ToString("#,##0.00 €", German)}", Slow);

        await using var check = Database();
        Assert.Equal(expectedTotal, await check.CostLines.Where(c => c.FiscalYear == 2028 && c.Kind == CostKind.Plan).SumAsync(c => c.Amount));
    }

    [Fact]
    public async Task Filters_are_kept_in_the_address_so_a_view_can_be_shared_and_reloaded()
    {
        int vendorId;
        string vendorName;
        int expected;
        await using (var db = Database())
        {
            var vendor = await db.Vendors.Where(v => v.Products.Any(p => p.CostLines.Any(c => c.FiscalYear == 2025 && c.CostType == CostType.Maintenance)))
                .OrderBy(v => v.Name).FirstAsync();
            (vendorId, vendorName) = (vendor.Id, vendor.Name);
            expected = await db.CostLines.CountAsync(c => c.FiscalYear == 2025 && c.CostType == CostType.Maintenance && c.Product!.VendorId == vendorId);
        }

        var page = await browser.NewPageAsync();
        await page.GotoAsync($"/kosten?jahr=2025&anbieter={vendorId}&kostenart=Maintenance");
        await ReadyAsync(page);

        var summary = page.GetByTestId("cost-summary");
        await Assertions.Expect(summary).ToContainTextAsync($"{expected:N0} Kostenpositionen · Summe 2025", Slow);
        await Assertions.Expect(page.Locator("[data-testid=filter-vendor] input, input[data-testid=filter-vendor]")).ToHaveValueAsync(vendorName, new() { Timeout = 30_000 });

        // Choosing "Plan" through the form writes it into the address next to the filters from the link.
        await page.GetByLabel("Plan/Ist").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Plan", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("art=Plan"), new() { Timeout = 30_000 });
        Assert.Contains($"anbieter={vendorId}", page.Url);
        Assert.Contains("kostenart=Maintenance", page.Url);
        int expectedPlan;
        await using (var db = Database())
        {
            expectedPlan = await db.CostLines.CountAsync(c => c.FiscalYear == 2025 && c.CostType == CostType.Maintenance && c.Kind == CostKind.Plan && c.Product!.VendorId == vendorId);
        }

        await Assertions.Expect(summary).ToContainTextAsync($"{expectedPlan:N0} Kostenpositionen · Summe 2025", Slow);

        await page.ReloadAsync();
        await ReadyAsync(page);
        await Assertions.Expect(summary).ToContainTextAsync($"{expectedPlan:N0} Kostenpositionen · Summe 2025", Slow);
    }
}
