using ItInventory.Web.Tests.Support;
using Microsoft.Playwright;

namespace ItInventory.Web.Tests.Security;

/// <summary>
/// The app works in Chromium under its Content-Security-Policy: the circuit connects over a WebSocket (connect-src
/// 'self' covers ws:), MudBlazor's inputs and dialogs work, and the browser reports no violation.
/// </summary>
public class ContentSecurityPolicyBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 30_000 };

    /// <summary>A signed-in page that records what the browser refuses, from the console and from the DOM event.</summary>
    private async Task<(IPage Page, List<string> Violations, List<string> WebSockets)> WatchedPageAsync(string userName)
    {
        var page = await browser.NewPageAsync(null);
        var violations = ViolationsInConsole(page);
        var webSockets = new List<string>();
        page.WebSocket += (_, socket) => { lock (webSockets) webSockets.Add(socket.Url); };
        // Playwright's init scripts are not subject to the page's policy.
        await page.Context.AddInitScriptAsync("""
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation',
                e => window.__cspViolations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
            """);
        await BrowserFixture.LoginAsync(page, userName);
        return (page, violations, webSockets);
    }

    private static List<string> ViolationsInConsole(IPage page)
    {
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Text.Contains("Refused to"))
            {
                lock (violations) violations.Add(message.Text);
            }
        };
        return violations;
    }

    private static async Task AssertNoViolationsAsync(IPage page, List<string> violations)
    {
        var reported = await page.EvaluateAsync<string[]>("() => window.__cspViolations");
        Assert.Empty(reported);
        lock (violations) Assert.Empty(violations);
    }

    [Fact]
    public async Task The_dashboard_and_a_product_page_work_interactively_without_a_violation()
    {
        var (page, violations, webSockets) = await WatchedPageAsync("it-leitung");

        // Dashboard: the year selector is a MudSelect; choosing a year is a round trip through the circuit.
        await page.GotoAsync("/");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator(".dashboard[data-interactive='ja'] [data-testid='total-spend']")).ToBeVisibleAsync(Slow);
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Haushaltsjahr" }).ClickAsync();
        var option = page.GetByRole(AriaRole.Option, new() { Name = "2023 Ist" });
        await Assertions.Expect(option).ToBeVisibleAsync(Slow);
        await option.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "IT-Ausgaben 2023 Ist" })).ToBeVisibleAsync(Slow);
        await AssertNoViolationsAsync(page, violations);

        // The circuit runs over a WebSocket on the app's own host, not a long-polling fallback.
        lock (webSockets) Assert.Contains(webSockets, url => url.StartsWith(browser.BaseUrl.Replace("http://", "ws://") + "/_blazor"));

        // Product page: the edit button of a cost line opens a MudBlazor dialog, which needs the circuit.
        await page.GotoAsync("/produkte/1");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.Locator("h1[data-interactive]").WaitForAsync(new() { Timeout = 30_000 });
        await page.GetByTestId("cost-lines").GetByRole(AriaRole.Button).First.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog.GetByLabel("Betrag in Euro")).ToBeVisibleAsync(Slow);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Abbrechen" }).ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        await AssertNoViolationsAsync(page, violations);
    }

    [Fact]
    public async Task The_skip_link_moves_the_focus_without_an_inline_handler()
    {
        var (page, violations, _) = await WatchedPageAsync("it-leitung");
        await page.GotoAsync("/produkte");
        await BrowserFixture.WaitForInteractiveAsync(page);

        await page.Locator("a.skip-link").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForFunctionAsync("() => document.activeElement?.id === 'main-content'");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/produkte$"));
        await AssertNoViolationsAsync(page, violations);
    }

    [Fact]
    public async Task The_login_page_and_the_api_reference_load_without_a_violation()
    {
        var page = await browser.NewPageAsync(null);
        var violations = ViolationsInConsole(page);

        await page.GotoAsync("/anmelden");
        await Assertions.Expect(page.GetByLabel("Benutzername")).ToBeVisibleAsync();
        // Scalar starts itself with an inline script: the one page whose policy allows that, and nothing else extra.
        await page.GotoAsync("/scalar/");
        await Assertions.Expect(page.GetByText("ItInventory API").First).ToBeVisibleAsync(Slow);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        lock (violations) Assert.Empty(violations);
    }
}
