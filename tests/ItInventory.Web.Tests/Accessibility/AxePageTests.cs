using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using ItInventory.Web.Tests.Support;
using Microsoft.Playwright;

namespace ItInventory.Web.Tests.Accessibility;

/// <summary>
/// Every page, as the role that works with it, passes axe-core's WCAG 2.1 A and AA rules without serious or
/// critical violations (BITV 2.0). Each page is saved as a screenshot for review.
/// </summary>
public class AxePageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly AxeRunOptions WcagAa = new() { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } };

    public static TheoryData<string, string?, string> Pages() => new()
    {
        { "/anmelden", null, "anmelden" },
        { "/barrierefreiheit", null, "barrierefreiheit" },
        { "/", "rat", "uebersicht" },
        { "/produkte", "it-leitung", "produkte" },
        { "/produkte/1", "it-leitung", "produkt-detail" },
        { "/auffaelligkeiten", "it-leitung", "auffaelligkeiten" },
        { "/anbieter", "it-leitung", "anbieter" },
        { "/anbieter/1", "it-leitung", "anbieter-detail" },
        { "/anbieter/1/bearbeiten", "it-leitung", "anbieter-bearbeiten" },
        { "/vertraege?frist=180", "beschaffung", "vertraege" },
        { "/vertraege/1", "beschaffung", "vertrag-detail" },
        { "/vertraege/1/bearbeiten", "beschaffung", "vertrag-bearbeiten" },
        { "/aemter", "it-leitung", "aemter" },
        { "/aemter/1", "it-leitung", "amt-detail" },
        { "/standards", "it-leitung", "standards" },
        { "/standards/1", "it-leitung", "standard-detail" },
        { "/preisindex", "it-leitung", "preisindex" },
        { "/konto/tokens", "beschaffung", "tokens" },
        { "/verwaltung/benutzer", "admin", "verwaltung-benutzer" },
        { "/verwaltung/protokoll", "admin", "verwaltung-protokoll" },
        { "/verwaltung/einstellungen", "admin", "verwaltung-einstellungen" },
        { "/import", "admin", "import" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_page_has_no_serious_or_critical_wcag_violations(string url, string? user, string name)
    {
        var page = await browser.NewPageAsync(user);
        await page.GotoAsync(url);
        if (user is not null)
        {
            await BrowserFixture.WaitForInteractiveAsync(page);
        }

        await page.Locator("h1").First.WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"a11y-{name}.png"), FullPage = true });

        var result = await page.RunAxe(WcagAa);

        var blocking = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(blocking.Count == 0, $"{url}: " + string.Join("\n", blocking.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} → {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")));
        Assert.Equal("de", await page.GetAttributeAsync("html", "lang"));
        Assert.EndsWith("· ItInventory", await page.TitleAsync());
    }

    [Fact]
    public async Task Page_titles_are_unique()
    {
        var page = await browser.NewPageAsync("admin");
        var titles = new Dictionary<string, string>();
        foreach (var url in new[] { "/", "/produkte", "/auffaelligkeiten", "/konto/tokens", "/verwaltung/benutzer", "/verwaltung/protokoll", "/verwaltung/einstellungen", "/barrierefreiheit", "/import", "/preisindex" })
        {
            await page.GotoAsync(url);
            await page.Locator("h1").First.WaitForAsync();
            titles[url] = await page.TitleAsync();
        }

        Assert.Equal(titles.Count, titles.Values.Distinct().Count());
    }

    [Fact]
    public async Task A_skip_link_is_the_first_stop_for_keyboard_users_and_leads_to_the_content()
    {
        var page = await browser.NewPageAsync("it-leitung");
        await page.GotoAsync("/produkte");
        await BrowserFixture.WaitForInteractiveAsync(page);

        var firstTabbable = await page.EvaluateAsync<string>("""
            () => [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]
                .find(e => e.tabIndex >= 0 && !e.disabled)?.textContent?.trim() ?? ''
            """);
        Assert.Equal("Zum Inhalt springen", firstTabbable);

        var skipLink = page.Locator("a.skip-link");
        await skipLink.FocusAsync();
        var box = await skipLink.BoundingBoxAsync();
        Assert.True(box is { X: >= 0, Y: >= 0 }, "Der Sprunglink wird beim Fokus nicht sichtbar.");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.activeElement?.id === 'main-content'");
    }
}
