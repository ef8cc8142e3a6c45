using ItInventory.Core.Domain;
using ItInventory.Web.Data;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ItInventory.Web.Tests.Features.Dashboard;

public class DashboardBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>When set (scripts/screenshots.sh), the council view is also saved as the README's picture.</summary>
    private const string ScreenshotDirectoryVariable = "ITINVENTORY_SCREENSHOT_DIR";

    /// <summary>The figures appear once the circuit has run the analysis; on two busy cores that can take a while.</summary>
    private static readonly LocatorAssertionsToBeVisibleOptions Loaded = new() { Timeout = 30_000 };

    private static Task WaitForFiguresAsync(IPage page) =>
        Assertions.Expect(page.Locator(".dashboard[data-interactive='ja'] [data-testid='total-spend']")).ToBeVisibleAsync(Loaded);

    [Fact]
    public async Task A_council_member_sees_the_main_figures_of_the_database_without_links()
    {
        await using var db = browser.App.CreateContext();
        var total2026 = await db.CostLines.Where(c => c.FiscalYear == 2026 && c.Kind == CostKind.Plan).SumAsync(c => c.Amount);
        var total2025 = await db.CostLines.Where(c => c.FiscalYear == 2025 && c.Kind == CostKind.Actual).SumAsync(c => c.Amount);
        var products = await db.Products.CountAsync();

        var page = await browser.NewPageAsync("rat");
        await page.GotoAsync("/");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await WaitForFiguresAsync(page);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Übersicht Musterstadt", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("total-spend")).ToHaveTextAsync(Formats.Euro(total2026));
        await Assertions.Expect(page.GetByTestId("product-count")).ToHaveTextAsync(products.ToString("N0", Formats.German));
        await Assertions.Expect(page.GetByTestId("tile-total")).ToContainTextAsync($"Vorjahr 2025 (Ist): {Formats.Euro(total2025)}");
        await Assertions.Expect(page.GetByTestId("trend-sentence")).ToContainTextAsync("Von 2019 bis 2025");
        await Assertions.Expect(page.GetByTestId("growth-total")).ToHaveTextAsync(Formats.SignedEuro(
            total2025 - await db.CostLines.Where(c => c.FiscalYear == 2019 && c.Kind == CostKind.Actual).SumAsync(c => c.Amount)));
        await Assertions.Expect(page.Locator(".mud-chart svg").First).ToBeVisibleAsync();
        // No way into the inventory, only to the report download and the explanations of terms.
        Assert.Equal(0, await page.Locator("main a[href]:not([href^='/berichte/']):not([href^='/begriffe#'])").CountAsync());
        foreach (var entry in Glossary.Entries)
        {
            Assert.True(await page.Locator($"main a.term[data-term='{entry.Term}']").CountAsync() > 0, $"„{entry.Term}“ ist auf der Übersicht nicht erklärt.");
        }

        await page.Locator("main a.term[data-term='HHI']").FocusAsync();
        await Assertions.Expect(page.GetByText(Glossary.Of("HHI").Explanation)).ToBeVisibleAsync();

        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "uebersicht-rat.png"), FullPage = true });
        if (Environment.GetEnvironmentVariable(ScreenshotDirectoryVariable) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "dashboard.png"), FullPage = true });
        }
    }

    [Fact]
    public async Task The_year_selector_changes_the_figures_and_stays_in_the_address()
    {
        await using var db = browser.App.CreateContext();
        var total2023 = await db.CostLines.Where(c => c.FiscalYear == 2023 && c.Kind == CostKind.Actual).SumAsync(c => c.Amount);

        var page = await browser.NewPageAsync("it-leitung");
        await page.GotoAsync("/");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await WaitForFiguresAsync(page);
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Haushaltsjahr" }).ClickAsync();
        var option = page.GetByRole(AriaRole.Option, new() { Name = "2023 Ist" });
        await Assertions.Expect(option).ToBeVisibleAsync(Loaded);
        await option.ClickAsync();

        // The address changes by a client-side navigation (no load event); the assertion polls for it.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"\?jahr=2023$"), new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("total-spend")).ToHaveTextAsync(Formats.Euro(total2023), new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "IT-Ausgaben 2023 Ist" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("tile-products").GetByRole(AriaRole.Link, new() { Name = "Zu den Produkten" })).ToHaveAttributeAsync("href", "/produkte");
        await Assertions.Expect(page.GetByTestId("tile-top-vendors").Locator("a[href^='/anbieter/']").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "uebersicht-2023.png"), FullPage = true });
    }

    [Fact]
    public async Task The_printout_hides_the_navigation_and_keeps_the_charts()
    {
        var page = await browser.NewPageAsync("rat");
        await page.GotoAsync("/?jahr=2025");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await WaitForFiguresAsync(page);

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Assertions.Expect(page.Locator(".mud-appbar")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".mud-drawer")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Drucken" })).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".mud-chart svg").First).ToBeVisibleAsync();
        Assert.Equal("avoid", await page.Locator(".dashboard-tile").First.EvaluateAsync<string>("e => getComputedStyle(e).breakInside"));
        await page.SetViewportSizeAsync(794, 1123);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "uebersicht-druck.png"), FullPage = true });
        var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = true });
        await File.WriteAllBytesAsync(Path.Combine(BrowserFixture.ScreenshotFolder, "uebersicht-druck.pdf"), pdf);

        // The council takes it to the meeting: at most three pages, the "why" included.
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages <= 3, $"Der Ausdruck hat {document.NumberOfPages} Seiten.");
        Assert.Contains("Woher die Veränderung", string.Join(" ", document.GetPages().Select(p => p.Text)));
    }

    [Fact]
    public async Task The_head_of_it_sees_overdue_decisions_and_top_findings_in_the_first_screen_and_marks_one_done()
    {
        var page = await browser.NewPageAsync("it-leitung");
        await page.SetViewportSizeAsync(1366, 768);
        await page.GotoAsync("/");
        await BrowserFixture.WaitForInteractiveAsync(page);

        var block = page.GetByTestId("overview-actions");
        var overdue = block.GetByRole(AriaRole.List, new() { Name = "Überfällige Entscheidungen" }).Locator("li");
        var findings = block.GetByRole(AriaRole.List, new() { Name = "Auffälligkeiten mit Handlungsbedarf" }).Locator("li");
        await Assertions.Expect(overdue.First).ToBeVisibleAsync(Loaded);
        await Assertions.Expect(findings.First).ToBeVisibleAsync();
        var lastFinding = await findings.Last.BoundingBoxAsync();
        Assert.True(lastFinding!.Y + lastFinding.Height <= 768, $"Die größte Auffälligkeit endet bei {lastFinding.Y + lastFinding.Height} px, unterhalb des ersten Bildschirms.");

        var first = overdue.First;
        var key = await first.GetAttributeAsync("data-key");
        await first.GetByRole(AriaRole.Button, new() { Name = "Erledigt" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Als erledigt markieren" });
        await dialog.GetByLabel("Was wurde getan?").FillAsync("Kündigung fristgerecht versandt");
        await dialog.GetByTestId("mark-save").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(block.Locator($"li[data-key='{key}']")).ToHaveCountAsync(0);

        await page.GotoAsync("/handlungsbedarf");
        await Assertions.Expect(page.GetByTestId("actions-marked")).ToContainTextAsync("Kündigung fristgerecht versandt", new() { Timeout = 30_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "handlungsbedarf.png"), FullPage = true });
    }
}
