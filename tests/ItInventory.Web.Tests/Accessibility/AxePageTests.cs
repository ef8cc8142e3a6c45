using ItInventory.Web.Tests.Support;
using Microsoft.Playwright;

namespace ItInventory.Web.Tests.Accessibility;

/// <summary>
/// Every page, as the role that works with it, passes axe-core's WCAG 2.1 A and AA rules without serious or
/// critical violations (BITV 2.0); so do an open dialog and a form showing its errors. Each state is saved as
/// artifacts/screenshots/axe/&lt;name&gt;.png for review. The import wizard's later steps are checked in
/// <see cref="Features.Import.ImportWizardBrowserTests"/>, the first-run page in <see cref="SetupPageAxeTests"/>.
/// </summary>
public class AxePageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Folder = "axe";

    public static TheoryData<string, string?, string> Pages() => new()
    {
        { "/anmelden", null, "anmelden" },
        { "/barrierefreiheit", null, "barrierefreiheit" },
        { "/", "rat", "uebersicht-rat" },
        { "/?jahr=2025", "it-leitung", "uebersicht" },
        { "/produkte", "it-leitung", "produkte" },
        { "/produkte/1", "it-leitung", "produkt" },
        { "/produkte/1/bearbeiten", "it-leitung", "produkt-bearbeiten" },
        { "/produkte/neu", "it-leitung", "produkt-neu" },
        { "/anbieter", "it-leitung", "anbieter" },
        { "/anbieter/1", "it-leitung", "anbieter-detail" },
        { "/anbieter/1/bearbeiten", "it-leitung", "anbieter-bearbeiten" },
        { "/anbieter/1/verhandlungsmappe", "beschaffung", "verhandlungsmappe" },
        { "/vertraege?frist=180", "beschaffung", "vertraege" },
        { "/vertraege/1", "beschaffung", "vertrag-detail" },
        { "/vertraege/1/bearbeiten", "beschaffung", "vertrag-bearbeiten" },
        { "/vertraege/neu", "beschaffung", "vertrag-neu" },
        { "/kosten", "beschaffung", "kosten" },
        { "/rechnungseingang", "it-leitung", "rechnungseingang" },
        { "/standards", "it-leitung", "standards" },
        { "/standards/1", "it-leitung", "standard-detail" },
        { "/preisindex", "it-leitung", "preisindex" },
        { "/marktkatalog", "it-leitung", "marktkatalog" },
        { "/marktkatalog/zuordnung", "it-leitung", "marktkatalog-zuordnung" },
        { "/standards/1/bearbeiten", "it-leitung", "standard-bearbeiten" },
        { "/aemter", "it-leitung", "aemter" },
        { "/leistungen?top=25", "it-leitung", "leistungen" },
        { "/leistungen/1/bearbeiten", "it-leitung", "leistung-bearbeiten" },
        { "/leistungen/fallzahlen", "it-leitung", "fallzahlen" },
        { "/aemter/1", "it-leitung", "amt-detail" },
        { "/aemter/1/bearbeiten", "it-leitung", "amt-bearbeiten" },
        { "/auffaelligkeiten", "it-leitung", "auffaelligkeiten" },
        { "/vergleich", "it-leitung", "vergleich" },
        { "/vergleich/teilnahme", "admin", "vergleich-teilnahme" },
        { "/ausstieg", "beschaffung", "ausstieg" },
        { "/handlungsbedarf", "beschaffung", "handlungsbedarf" },
        { "/begriffe", "rat", "begriffe" },
        { "/finanzplanung", "it-leitung", "finanzplanung" },
        { "/berichte", "beschaffung", "berichte" },
        { "/import", "admin", "import" },
        { "/konto/tokens", "beschaffung", "tokens" },
        { "/benachrichtigungen", "rat", "benachrichtigungen" },
        { "/verwaltung/mailversand", "admin", "verwaltung-mailversand" },
        { "/verwaltung/benutzer", "admin", "verwaltung-benutzer" },
        { "/verwaltung/protokoll", "admin", "verwaltung-protokoll" },
        { "/verwaltung/einstellungen", "admin", "verwaltung-einstellungen" },
        { "/verwaltung/benutzer", "rat", "keine-berechtigung" },
        { "/gibt-es-nicht", "it-leitung", "nicht-gefunden" },
    };

    /// <summary>Opens the page and waits until it shows its content rather than a progress bar.</summary>
    private static async Task OpenAsync(IPage page, string url, bool signedIn)
    {
        await page.GotoAsync(url);
        if (signedIn)
        {
            await BrowserFixture.WaitForInteractiveAsync(page);
        }

        await page.Locator("h1").First.WaitForAsync();
        await Assertions.Expect(page.Locator("main .mud-progress-linear.mud-progress-indeterminate")).ToHaveCountAsync(0);
        if (new Uri(page.Url).AbsolutePath == "/")
        {
            await Assertions.Expect(page.GetByTestId("total-spend")).ToBeVisibleAsync();
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_page_has_no_serious_or_critical_wcag_violations(string url, string? user, string name)
    {
        var page = await browser.NewPageAsync(user);
        await OpenAsync(page, url, user is not null);
        await Screenshots.SaveAsync(page, Folder, name);

        await AxeCheck.AssertNoSeriousViolationsAsync(page, url);
        Assert.Equal("de", await page.GetAttributeAsync("html", "lang"));
        Assert.EndsWith("· ItInventory", await page.TitleAsync());
        await Assertions.Expect(page.Locator("h1")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Page_titles_are_unique()
    {
        var signedIn = await browser.NewPageAsync("admin");
        var anonymous = await browser.NewPageAsync(null);
        var titles = new Dictionary<string, string>();
        // One address per page: the dashboard with another year is the same page.
        foreach (var url in Pages().Select(row => (string)row[0]).DistinctBy(url => url.Split('?')[0]))
        {
            var page = Pages().Any(row => (string)row[0] == url && row[1] is null) ? anonymous : signedIn;
            await OpenAsync(page, url, page == signedIn);
            titles[url] = await page.TitleAsync();
        }

        var repeated = titles.GroupBy(t => t.Value).Where(g => g.Count() > 1).Select(g => $"„{g.Key}“: {string.Join(", ", g.Select(t => t.Key))}");
        Assert.Empty(repeated);
    }

    [Fact]
    public async Task An_open_cost_line_dialog_has_no_serious_or_critical_violations()
    {
        var page = await browser.NewPageAsync("it-leitung");
        await OpenAsync(page, "/kosten", signedIn: true);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kosten erfassen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog, new() { Name = "Kosten erfassen" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("cost-amount")).ToBeVisibleAsync();

        await Screenshots.SaveAsync(page, Folder, "kosten-dialog");
        await AxeCheck.AssertNoSeriousViolationsAsync(page, "Dialog „Kosten erfassen“");
    }

    [Fact]
    public async Task The_next_year_plan_dialog_with_its_preview_has_no_serious_or_critical_violations()
    {
        var page = await browser.NewPageAsync("it-leitung");
        await OpenAsync(page, "/kosten", signedIn: true);
        await page.GetByRole(AriaRole.Button, new() { Name = "Nächstes Jahr planen" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Nächstes Jahr planen" });
        await dialog.GetByTestId("plan-preview-button").ClickAsync();
        await Assertions.Expect(dialog.GetByTestId("plan-summary")).ToBeVisibleAsync();

        await Screenshots.SaveAsync(page, Folder, "kosten-planen-dialog");
        await AxeCheck.AssertNoSeriousViolationsAsync(page, "Dialog „Nächstes Jahr planen“");
    }

    [Fact]
    public async Task A_form_showing_its_validation_errors_has_no_serious_or_critical_violations()
    {
        var page = await browser.NewPageAsync("it-leitung");
        await OpenAsync(page, "/produkte/neu", signedIn: true);
        await page.GetByTestId("product-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("form-errors")).ToBeVisibleAsync();

        await Screenshots.SaveAsync(page, Folder, "produkt-neu-fehler");
        await AxeCheck.AssertNoSeriousViolationsAsync(page, "/produkte/neu mit Fehlermeldungen");
    }

    [Fact]
    public async Task The_login_page_after_a_failed_login_has_no_serious_or_critical_violations()
    {
        var page = await browser.NewPageAsync(null);
        await page.GotoAsync("/anmelden");
        await page.GetByLabel("Benutzername").FillAsync("rat");
        await page.GetByLabel("Passwort").FillAsync("falsches-Passwort-123");
        await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();

        await Screenshots.SaveAsync(page, Folder, "anmelden-fehler");
        await AxeCheck.AssertNoSeriousViolationsAsync(page, "/anmelden nach falschem Passwort");
    }

    [Fact]
    public async Task Every_chart_has_a_text_alternative()
    {
        var page = await browser.NewPageAsync("it-leitung");
        foreach (var url in new[] { "/?jahr=2025", "/produkte/1" })
        {
            await OpenAsync(page, url, signedIn: true);
            await page.Locator(".mud-chart").First.WaitForAsync();
            // A chart is either an image with a name that carries its numbers, or hidden from assistive technology
            // beside a table or list with the same figures.
            var unexplained = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('.mud-chart')].filter(chart => {
                    const image = chart.closest('[role=img]');
                    if (image && (image.getAttribute('aria-label') ?? '').match(/\d/)) return false;
                    const tile = chart.closest('.mud-paper');
                    return !(chart.closest('[aria-hidden=true]') && tile && tile.querySelector('table, ul, ol'));
                }).map(chart => chart.outerHTML.slice(0, 120))
                """);
            Assert.True(unexplained.Length == 0, $"{url}: Diagramme ohne Textalternative: {string.Join(" | ", unexplained)}");
        }
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

        // Focused, the link moves into view. Polled, because the live circuit may still redraw the layout once.
        await page.WaitForFunctionAsync("""
            () => {
                const link = document.querySelector('a.skip-link');
                link.focus();
                const box = link.getBoundingClientRect();
                return document.activeElement === link && box.left >= 0 && box.top >= 0 && box.width > 0;
            }
            """);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.activeElement?.id === 'main-content'");
    }
}
