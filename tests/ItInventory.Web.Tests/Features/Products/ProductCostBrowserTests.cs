using System.Globalization;
using ItInventory.Core.Domain;
using ItInventory.Web.Data;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ItInventory.Web.Tests.Features.Products;

public class ProductCostBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
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
    public async Task Find_a_product_change_its_maintenance_cost_for_2026_and_see_it_after_reloading()
    {
        const string productName = "MeldeWerk Pass";
        decimal oldMaintenance, oldTotal;
        await using (var db = Database())
        {
            var lines = db.CostLines.Where(c => c.Product!.Name == productName && c.FiscalYear == 2026);
            oldMaintenance = await lines.Where(c => c.CostType == CostType.Maintenance).SumAsync(c => c.Amount);
            oldTotal = await lines.Where(c => c.Kind == CostKind.Plan).SumAsync(c => c.Amount);
            Assert.Equal(1, await lines.CountAsync(c => c.CostType == CostType.Maintenance));
            Assert.False(await lines.AnyAsync(c => c.Kind == CostKind.Actual));
        }

        const decimal newMaintenance = 39_500.50m;
        var newTotal = oldTotal - oldMaintenance + newMaintenance;
        var page = await browser.NewPageAsync();
        int departmentId;
        decimal share;
        await using (var db = Database())
        {
            var owner = await db.Products.Where(p => p.Name == productName).Select(p => p.OwnerDepartmentId).SingleAsync();
            departmentId = owner;
            share = await db.ProductDepartments.Where(d => d.Product!.Name == productName && d.DepartmentId == owner).Select(d => d.CostSharePercent).SingleAsync();
        }

        var departmentBefore = await DepartmentTotalAsync(page, departmentId);

        // Quick search on the product list.
        await page.GotoAsync("/produkte");
        await ReadyAsync(page);
        await page.GetByLabel("Suche (Name, Nr., Anbieter, Beschreibung)").FillAsync(productName);
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Produkt" })).ToHaveTextAsync("1 Produkt", new() { Timeout = 30_000 });
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("suche=MeldeWerk"));
        var row = page.Locator("[data-testid=product-table] tbody tr").First;
        await Assertions.Expect(row).ToContainTextAsync(Euro(oldTotal), Slow);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "produkte-suche.png"), FullPage = true });

        // Open the product and edit its 2026 maintenance line.
        await row.GetByRole(AriaRole.Link, new() { Name = productName }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = productName, Level = 1 })).ToBeVisibleAsync();
        await ReadyAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kostenposition Softwarepflege 2026 (Plan) bearbeiten" }).ClickAsync();
        var amount = page.GetByLabel("Betrag in Euro");
        await Assertions.Expect(amount).ToHaveValueAsync(oldMaintenance.ToString("N2", German), new() { Timeout = 30_000 });
        await amount.FillAsync("39500,50");
        await amount.BlurAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "kostenposition-bearbeiten.png") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Speichern", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("Änderungen an der Kostenposition gespeichert.")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        // After a reload the product page shows the new value in the year × cost type table.
        await page.ReloadAsync();
        await ReadyAsync(page);
        var year = page.Locator("[data-testid=cost-table] tr[data-year='2026']");
        await Assertions.Expect(year).ToContainTextAsync(newMaintenance.ToString("#,##0.00 €", German), Slow);
        await Assertions.Expect(year).ToContainTextAsync("Plan");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "produkt-seite.png"), FullPage = true });

        // The shared view of the list shows the product's new current-year cost.
        await page.GotoAsync("/produkte?suche=MeldeWerk%20Pass");
        await ReadyAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=product-table] tbody tr").First).ToContainTextAsync(Euro(newTotal), Slow);

        // The owning department's total moves by its share of the change (shown in whole euros).
        var departmentAfter = await DepartmentTotalAsync(page, departmentId);
        Assert.InRange(departmentAfter - departmentBefore, (newMaintenance - oldMaintenance) * share / 100m - 1m, (newMaintenance - oldMaintenance) * share / 100m + 1m);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "amt-summe.png"), FullPage = true });

        await using var check = Database();
        Assert.Equal(newMaintenance, await check.CostLines.Where(c => c.Product!.Name == productName && c.FiscalYear == 2026 && c.CostType == CostType.Maintenance).SumAsync(c => c.Amount));
    }

    private static string Euro(decimal amount) => amount.ToString("#,##0 €", German);

    private static async Task<decimal> DepartmentTotalAsync(IPage page, int departmentId)
    {
        await page.GotoAsync($"/aemter/{departmentId}");
        await BrowserFixture.WaitForInteractiveAsync(page);
        var total = page.Locator("th[scope=row]", new() { HasText = "Summe" }).Locator("xpath=..").Locator("td").Last;
        await total.WaitForAsync(new() { Timeout = 30_000 });
        var text = (await total.InnerTextAsync()).Replace("€", "").Trim();
        return decimal.Parse(text, NumberStyles.Number, German);
    }
}
