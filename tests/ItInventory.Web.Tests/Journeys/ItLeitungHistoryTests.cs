using ItInventory.Web.Tests.Support;
using Microsoft.Playwright;

namespace ItInventory.Web.Tests.Journeys;

/// <summary>IT-Leitung changes a product and finds the change, with old and new value, in its history.</summary>
public class ItLeitungHistoryTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_changed_product_shows_the_change_in_its_history()
    {
        var trail = new ScreenshotTrail("it-leitung-verlauf");
        var page = await browser.NewPageAsync("it-leitung");
        await page.GotoAsync("/produkte/1/bearbeiten");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await trail.TakeAsync(page, "bearbeiten");

        var users = page.GetByLabel("Nutzer", new() { Exact = true });
        await users.FillAsync("4321");
        await page.GetByTestId("product-save").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/produkte/1"));
        await BrowserFixture.WaitForInteractiveAsync(page);

        var history = page.GetByTestId("audit-history");
        await Assertions.Expect(history).ToContainTextAsync("UserCount");
        await Assertions.Expect(history).ToContainTextAsync("4321");
        await Assertions.Expect(history).ToContainTextAsync("it-leitung");
        await trail.TakeAsync(page, "verlauf");
    }
}
