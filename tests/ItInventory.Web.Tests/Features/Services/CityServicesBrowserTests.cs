using ItInventory.Web.Tests.Support;
using Microsoft.Playwright;

namespace ItInventory.Web.Tests.Features.Services;

/// <summary>The IT head in a real browser: the top 25, the service with the most blockers edited to rank first, then its product.</summary>
public class CityServicesBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_it_head_picks_the_top_25_raises_the_worst_service_to_first_place_and_jumps_to_its_product()
    {
        var page = await browser.NewPageAsync("it-leitung");
        await page.GotoAsync("/leistungen?top=100");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByTestId("top-25").ClickAsync();
        var rows = page.GetByTestId("coverage-services").Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(25);

        // The worst row: the most reasons why it is not digital end to end.
        var blockers = new List<int>();
        for (var i = 0; i < 25; i++)
        {
            blockers.Add(await rows.Nth(i).GetByTestId("service-blockers").Locator("span").CountAsync());
        }

        var worst = rows.Nth(blockers.IndexOf(blockers.Max()));
        var ozgId = await worst.GetAttributeAsync("data-ozg-id");
        Assert.True(blockers.Max() > 0, "Unter den 25 meistgefragten Leistungen hat mindestens eine ein Hindernis.");

        await worst.GetByTestId("service-edit").ClickAsync();
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Leistung bearbeiten", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("Fallzahl im Jahr").FillAsync("999999");
        await page.GetByTestId("service-save").ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("/leistungen?top=0", StringComparison.Ordinal));
        var first = page.GetByTestId("coverage-services").Locator("tbody tr").First;
        await Assertions.Expect(first).ToHaveAttributeAsync("data-ozg-id", ozgId!);
        await Assertions.Expect(first).ToContainTextAsync("999.999");

        var product = first.GetByTestId("service-product").First;
        var name = (await product.TextContentAsync())!.Trim();
        await product.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
    }
}
