using ItInventory.Web.Tests.Support;
using Microsoft.Playwright;

namespace ItInventory.Web.Tests.Journeys;

/// <summary>An administrator creates a user with a role; that user signs in and sees only what the role allows.</summary>
public class AdministratorJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_new_procurement_officer_sees_contracts_and_costs_but_no_administration()
    {
        var admin = await browser.NewPageAsync("admin");
        await admin.GotoAsync("/verwaltung/benutzer");
        await BrowserFixture.WaitForInteractiveAsync(admin);

        await admin.GetByLabel("Benutzername").FillAsync("neue.beschafferin");
        await admin.GetByLabel("Name", new() { Exact = true }).FillAsync("Nora Neu");
        await admin.GetByLabel("Passwort (mind. 12 Zeichen)").FillAsync("Sehr-sicheres-Passwort-1");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Anlegen" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Cell, new() { Name = "neue.beschafferin" })).ToBeVisibleAsync();
        await admin.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "journey-admin-benutzer.png"), FullPage = true });

        var user = await browser.NewPageAsync(null);
        await BrowserFixture.LoginAsync(user, "neue.beschafferin", "Sehr-sicheres-Passwort-1");
        await user.GotoAsync("/");
        await BrowserFixture.WaitForInteractiveAsync(user);

        await Assertions.Expect(user.GetByTestId("current-user")).ToContainTextAsync("Vergabe/Beschaffung");
        var navigation = user.GetByRole(AriaRole.Navigation, new() { Name = "Hauptnavigation" });
        await Assertions.Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "Produkte" })).ToBeVisibleAsync();
        await Assertions.Expect(navigation.GetByText("Verwaltung")).ToHaveCountAsync(0);
        await Assertions.Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "Excel-Import" })).ToHaveCountAsync(0);

        var forbidden = await user.GotoAsync("/verwaltung/benutzer");
        Assert.Equal(403, forbidden!.Status);
        await Assertions.Expect(user.GetByRole(AriaRole.Heading, new() { Name = "Keine Berechtigung" })).ToBeVisibleAsync();
        await user.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "journey-admin-neue-benutzerin.png"), FullPage = true });
    }
}
