using ItInventory.Web.Tests.Support;
using Microsoft.Playwright;

namespace ItInventory.Web.Tests.Features.Products;

public class ProductListBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_products_page_shows_the_sample_city_in_a_real_browser()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/produkte");
        await BrowserFixture.WaitForInteractiveAsync(page);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Produkte", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=product-table] tbody tr")).ToHaveCountAsync(25);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "produkte.png"), FullPage = true });
    }
}
