using ItInventory.Web.Tests.Support;
using Microsoft.Playwright;

namespace ItInventory.Web.Tests.Accessibility;

/// <summary>The first-run page, empty and with its validation messages, passes axe's WCAG 2.1 A and AA rules.</summary>
public class SetupPageAxeTests(FirstRunBrowserFixture fixture) : IClassFixture<FirstRunBrowserFixture>
{
    [Fact]
    public async Task The_setup_form_has_no_serious_or_critical_violations_empty_or_with_errors()
    {
        var page = await fixture.Browser.NewPageAsync(null);
        await page.GotoAsync("/einrichtung");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ersteinrichtung" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Benutzername")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "axe", "einrichtung");
        await AxeCheck.AssertNoSeriousViolationsAsync(page, "/einrichtung");

        await page.GetByRole(AriaRole.Button, new() { Name = "Konto anlegen" }).ClickAsync();
        await Assertions.Expect(page.Locator(".validation-message, [role=alert]").First).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "axe", "einrichtung-fehler");
        await AxeCheck.AssertNoSeriousViolationsAsync(page, "/einrichtung mit Fehlermeldungen");
    }
}
