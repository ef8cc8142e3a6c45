using System.Text.RegularExpressions;
using ItInventory.Web.Tests.Support;
using Microsoft.Playwright;

namespace ItInventory.Web.Tests.Accessibility;

/// <summary>
/// Working with the keyboard alone: controls are reached with Tab and show where the focus is, a dialog takes the
/// focus when it opens and hands it back to its button when it closes; and form errors are tied to their field.
/// </summary>
public partial class KeyboardAndFormTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const int MaxTabs = 80;

    private static Task<bool> HasFocusAsync(ILocator element) => element.EvaluateAsync<bool>("e => e === document.activeElement");

    /// <summary>Presses Tab from the top of the page until the element has the focus, as a keyboard user would.</summary>
    private static async Task TabToAsync(IPage page, ILocator element)
    {
        for (var i = 0; i < MaxTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await HasFocusAsync(element)) return;
        }

        Assert.Fail($"Nach {MaxTabs}-mal Tab hat „{await element.TextContentAsync()}“ noch nicht den Fokus.");
    }

    private static Task<bool> FocusIsInsideDialogAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.activeElement?.closest('[role=dialog]') != null");

    [Theory]
    [InlineData("Nächstes Jahr planen")]
    [InlineData("Kosten erfassen")]
    public async Task A_dialog_opened_with_the_keyboard_holds_the_focus_and_returns_it_to_its_button_on_escape(string button)
    {
        var trail = new ScreenshotTrail($"tastatur-{(button.StartsWith("Kosten") ? "kosten-erfassen" : "naechstes-jahr")}");
        var page = await browser.NewPageAsync("it-leitung");
        await page.GotoAsync("/kosten");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("cost-summary")).Not.ToBeEmptyAsync();
        var opener = page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true });

        await TabToAsync(page, opener);
        var ring = await opener.EvaluateAsync<string>("e => { const s = getComputedStyle(e); return s.outlineStyle + ' ' + s.outlineWidth; }");
        Assert.Matches(FocusRing(), ring);
        await trail.TakeAsync(page, "fokus-auf-knopf");

        await page.Keyboard.PressAsync("Enter");
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = button });
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => document.activeElement?.closest('[role=dialog]') != null");
        // Quicker than a round trip to the server: the focus must still not slip behind the dialog.
        for (var i = 0; i < 30; i++)
        {
            var key = i < 25 ? "Tab" : "Shift+Tab";
            await page.Keyboard.PressAsync(key);
            if (!await FocusIsInsideDialogAsync(page))
            {
                var focused = await page.EvaluateAsync<string>("() => document.activeElement?.outerHTML.slice(0, 300) ?? 'nichts'");
                Assert.Fail($"Nach {i + 1} Tastendrücken ({key}) hat der Fokus den Dialog verlassen: {focused}");
            }
        }

        await trail.TakeAsync(page, "dialog");

        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await page.WaitForFunctionAsync(
            "name => document.activeElement?.tagName === 'BUTTON' && document.activeElement.textContent.trim() === name", button);
        await trail.TakeAsync(page, "fokus-zurueck");
    }

    [Fact]
    public async Task A_field_with_an_error_is_marked_invalid_and_described_by_its_message()
    {
        var page = await browser.NewPageAsync("it-leitung");
        await page.GotoAsync("/produkte/neu");
        await BrowserFixture.WaitForInteractiveAsync(page);

        await page.GetByTestId("product-save").ClickAsync();
        var summary = page.GetByTestId("form-errors");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).Filter(new() { Has = summary })).ToHaveCountAsync(1);

        var name = page.GetByTestId("product-name");
        await Assertions.Expect(name).ToHaveAttributeAsync("aria-invalid", "true");
        var description = await name.EvaluateAsync<string>("""
            e => (e.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(id => id)
                .map(id => document.getElementById(id)?.textContent?.trim() ?? '').join(' ')
            """);
        Assert.False(string.IsNullOrWhiteSpace(description), "Das Feld „Name“ verweist auf keine Fehlermeldung (aria-describedby).");
        await Assertions.Expect(summary).ToContainTextAsync(description);

        var valid = page.GetByLabel("Beschreibung");
        await Assertions.Expect(valid).ToHaveAttributeAsync("aria-invalid", "false");
        await Assertions.Expect(valid).Not.ToHaveAttributeAsync("aria-describedby", new Regex("fehler"));
    }

    [Fact]
    public async Task The_components_own_messages_and_button_names_are_german_like_the_page()
    {
        var page = await browser.NewPageAsync("it-leitung");
        await page.GotoAsync("/kosten");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Nächste Seite" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Kosten erfassen", Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Kosten erfassen" });
        // Once the form has its defaults, it is ready for input.
        await Assertions.Expect(dialog.GetByLabel("Haushaltsjahr")).ToHaveValueAsync("2026");
        var product = dialog.GetByTestId("cost-product");
        await product.FocusAsync();
        await page.Keyboard.PressAsync("Tab");

        await Assertions.Expect(dialog).ToContainTextAsync("Pflichtangabe");
        await Assertions.Expect(dialog).Not.ToContainTextAsync("Required");
        var description = await product.EvaluateAsync<string>(
            "e => (e.getAttribute('aria-describedby') ?? '').split(/\\s+/).map(id => document.getElementById(id)?.textContent ?? '').join(' ')");
        Assert.Contains("Pflichtangabe", description);
    }

    [Fact]
    public async Task A_filter_stepped_through_with_the_arrow_keys_applies_once_on_Enter()
    {
        var page = await browser.NewPageAsync("it-leitung");
        await page.GotoAsync("/produkte");
        await BrowserFixture.WaitForInteractiveAsync(page);
        var filter = page.GetByTestId("filter-lifecycle");
        // The list has loaded (its count is shown) and the filter has its options: keys pressed before would go nowhere.
        await Assertions.Expect(page.Locator("[role=status]").Filter(new() { HasText = "Produkt" }).First).ToBeVisibleAsync();
        await Assertions.Expect(filter.Locator("option")).Not.ToHaveCountAsync(1);
        await filter.FocusAsync();

        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        var stepped = await filter.InputValueAsync();
        Assert.NotEqual("", stepped);
        // While the user steps through the options, the list is not filtered (before: once per key).
        await page.WaitForTimeoutAsync(1_000);
        Assert.DoesNotContain("status=", page.Url, StringComparison.Ordinal);

        await page.Keyboard.PressAsync("Enter");
        // The address changes within the page (no load event to wait for): poll it.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"status={Regex.Escape(stepped)}"), new() { Timeout = 30_000 });
        await Assertions.Expect(filter).ToHaveValueAsync(stepped);
    }

    [Fact]
    public async Task Enter_in_the_amount_field_saves_the_cost_line()
    {
        var page = await browser.NewPageAsync("it-leitung");
        await page.GotoAsync("/produkte/1");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kosten erfassen" }).First.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Kosten erfassen" });
        await Assertions.Expect(dialog.GetByTestId("cost-impact")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Kostenart" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Schulung", Exact = false }).First.ClickAsync();

        var amount = dialog.GetByLabel("Betrag in Euro");
        await amount.FillAsync("123,45");
        await amount.PressAsync("Enter");

        await Assertions.Expect(dialog).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("cost-lines")).ToContainTextAsync("123,45");
    }

    [Fact]
    public async Task The_navigation_comes_right_after_the_skip_link_and_every_field_shows_a_focus_ring()
    {
        var page = await browser.NewPageAsync("it-leitung");
        await page.GotoAsync("/produkte/neu");
        await BrowserFixture.WaitForInteractiveAsync(page);

        // The form puts the focus into its first field; a keyboard user starts again from the top with the skip link.
        await page.Locator(".skip-link").FocusAsync();
        var firstLink = page.GetByRole(AriaRole.Navigation, new() { Name = "Hauptnavigation" }).GetByRole(AriaRole.Link).First;
        var tabs = 0;
        while (tabs < 10 && !await HasFocusAsync(firstLink))
        {
            await page.Keyboard.PressAsync("Tab");
            tabs++;
        }

        Assert.True(tabs <= 3, $"Vom Sprunglink bis zur Navigation braucht es {tabs}-mal Tab.");

        foreach (var field in new[] { page.GetByLabel("Name").First, page.GetByRole(AriaRole.Combobox).First })
        {
            await field.FocusAsync();
            var ring = await page.EvaluateAsync<string>("() => { const s = getComputedStyle(document.activeElement.closest('.mud-input-control') ?? document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth; }");
            Assert.Matches(FocusRing(), ring);
        }
    }

    [GeneratedRegex(@"^(solid|auto|dashed|double) ([2-9]|\d{2,})(\.\d+)?px$")]
    private static partial Regex FocusRing();
}
