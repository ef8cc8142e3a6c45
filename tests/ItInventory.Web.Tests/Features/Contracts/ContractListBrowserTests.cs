using ItInventory.Web.Tests.Support;
using Microsoft.Playwright;

namespace ItInventory.Web.Tests.Features.Contracts;

/// <summary>The contract list in a real browser: the dates procurement acts on fit a laptop screen, and the filter works at once.</summary>
public class ContractListBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("Entscheidung bis")]
    [InlineData("Kündigung bis")]
    public async Task On_a_1366_pixel_laptop_screen_the_deadline_columns_are_visible_without_scrolling_sideways(string header)
    {
        var page = await browser.NewPageAsync("beschaffung");
        await page.SetViewportSizeAsync(1366, 768);

        await page.GotoAsync("/vertraege?frist=180");
        await BrowserFixture.WaitForInteractiveAsync(page);
        var column = page.GetByRole(AriaRole.Columnheader, new() { Name = header });
        await Assertions.Expect(column).ToBeVisibleAsync();

        var box = await column.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= 1366, $"„{header}“ spans {box.X:0} to {box.X + box.Width:0} px");
        // Nothing was scrolled to get there: neither the page nor the table.
        Assert.Equal(0, await page.EvaluateAsync<double>("() => window.scrollX"));
        Assert.Equal(0, await page.EvaluateAsync<double>(
            "() => Math.max(0, ...Array.from(document.querySelectorAll('.mud-table-container')).map(e => e.scrollLeft))"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "vertraege-1366.png") });
    }

    [Fact]
    public async Task The_days_filter_works_by_keyboard_without_the_interactive_circuit()
    {
        var page = await browser.NewPageAsync("beschaffung");

        // The circuit never starts, so this is the page as it shows before it is interactive (or when the connection
        // is lost): the form is the browser's own, so Enter still filters.
        await BrowserFixture.WithoutCircuitAsync(page);
        await page.GotoAsync("/vertraege");
        var days = page.GetByLabel("Tage", new() { Exact = true });
        await days.FillAsync("7");
        await days.PressAsync("Enter");

        await page.WaitForURLAsync(url => url.Contains("frist=7"), new() { WaitUntil = WaitUntilState.Commit });
        var status = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Verträge mit Entscheidung bis" });
        await Assertions.Expect(status).ToContainTextAsync("überfällig");
        // Overdue decisions are listed and said in words, not by colour only.
        await Assertions.Expect(page.GetByTestId("decision-overdue").First).ToContainTextAsync("überfällig seit");
    }
}
