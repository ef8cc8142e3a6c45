using ItInventory.Web.Tests.Support;
using Microsoft.Playwright;

namespace ItInventory.Web.Tests.Journeys;

/// <summary>An administrator creates a user with a role; that user signs in and sees only what the role allows.</summary>
public class AdministratorJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string UserName = "neue.beschafferin";
    private const string Password = "Sehr-sicheres-Passwort-1";

    [Fact]
    public async Task A_new_procurement_officer_sees_contracts_and_costs_but_cannot_change_products_or_administer()
    {
        var trail = new ScreenshotTrail("administrator");
        var admin = await browser.NewPageAsync(null);
        await admin.GotoAsync("/anmelden");
        await trail.TakeAsync(admin, "anmelden");
        await BrowserFixture.SubmitLoginAsync(admin, "admin");
        await BrowserFixture.WaitForInteractiveAsync(admin);

        // Verwaltung → Benutzer, through the navigation.
        var adminNavigation = admin.GetByRole(AriaRole.Navigation, new() { Name = "Hauptnavigation" });
        await adminNavigation.GetByText("Verwaltung").ClickAsync();
        await adminNavigation.GetByRole(AriaRole.Link, new() { Name = "Benutzer" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Benutzer und Rollen", Level = 1 })).ToBeVisibleAsync();
        await BrowserFixture.WaitForInteractiveAsync(admin);

        await admin.GetByLabel("Benutzername").FillAsync(UserName);
        await admin.GetByLabel("Name", new() { Exact = true }).FillAsync("Nora Neu");
        await admin.GetByRole(AriaRole.Combobox, new() { Name = "Rolle", Exact = true }).ClickAsync();
        await admin.GetByRole(AriaRole.Option, new() { Name = "Vergabe/Beschaffung", Exact = true }).ClickAsync();
        await admin.GetByLabel("Passwort (mind. 12 Zeichen)").FillAsync(Password);
        await trail.TakeAsync(admin, "benutzer-anlegen");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Anlegen" }).ClickAsync();
        var row = admin.GetByRole(AriaRole.Row).Filter(new() { Has = admin.GetByRole(AriaRole.Cell, new() { Name = UserName, Exact = true }) });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.GetByRole(AriaRole.Combobox, new() { Name = $"Rolle von {UserName}" })).ToHaveTextAsync("Vergabe/Beschaffung");
        await trail.TakeAsync(admin, "benutzer-angelegt");

        // The new user signs in in a browser of her own.
        var user = await browser.NewPageAsync(null);
        await user.GotoAsync("/anmelden");
        await BrowserFixture.SubmitLoginAsync(user, UserName, Password);
        await BrowserFixture.WaitForInteractiveAsync(user);
        await Assertions.Expect(user.GetByTestId("current-user")).ToContainTextAsync("Vergabe/Beschaffung");
        var navigation = user.GetByRole(AriaRole.Navigation, new() { Name = "Hauptnavigation" });
        var links = (await navigation.GetByRole(AriaRole.Link).AllTextContentsAsync()).Select(t => t.Trim()).ToList();
        Assert.Equal(["Übersicht", "Handlungsbedarf", "Produkte", "Anbieter", "Verträge", "Ämter", "Leistungen", "Standards", "Preisindex (VPI)", "Marktkatalog", "Kosten", "Auffälligkeiten", "Vergleich", "Ausstieg", "Rechnungseingang", "Finanzplanung", "Berichte", "API-Tokens", "Benachrichtigungen"], links);
        await Assertions.Expect(navigation.GetByText("Verwaltung")).ToHaveCountAsync(0);
        await trail.TakeAsync(user, "uebersicht");

        // Products are hers to read, not to change; their costs and the contracts are hers to maintain.
        await navigation.GetByRole(AriaRole.Link, new() { Name = "Produkte" }).ClickAsync();
        await BrowserFixture.WaitForInteractiveAsync(user);
        await Assertions.Expect(user.GetByRole(AriaRole.Heading, new() { Name = "Produkte", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(user.GetByRole(AriaRole.Link, new() { Name = "Neues Produkt" })).ToHaveCountAsync(0);
        var first = user.Locator("[aria-label='Produktliste'] tbody tr td a").First;
        await Assertions.Expect(first).ToBeVisibleAsync();
        await trail.TakeAsync(user, "produkte");
        await first.ClickAsync();
        await user.WaitForURLAsync(url => url.Contains("/produkte/"));
        await BrowserFixture.WaitForInteractiveAsync(user);
        await Assertions.Expect(user.GetByRole(AriaRole.Button, new() { Name = "Kosten erfassen" }).First).ToBeVisibleAsync();
        await Assertions.Expect(user.GetByRole(AriaRole.Link, new() { Name = "Bearbeiten" })).ToHaveCountAsync(0);
        await Assertions.Expect(user.GetByRole(AriaRole.Button, new() { Name = "Löschen", Exact = true })).ToHaveCountAsync(0);
        await trail.TakeAsync(user, "produkt");

        await navigation.GetByRole(AriaRole.Link, new() { Name = "Verträge" }).ClickAsync();
        await Assertions.Expect(user.GetByRole(AriaRole.Link, new() { Name = "Neuer Vertrag" })).ToBeVisibleAsync();
        await trail.TakeAsync(user, "vertraege");

        foreach (var url in new[] { "/produkte/1/bearbeiten", "/produkte/neu", "/import", "/verwaltung/benutzer", "/verwaltung/protokoll" })
        {
            var refused = await user.GotoAsync(url);
            Assert.True(refused!.Status == 403, $"{url} antwortet {refused.Status} statt 403.");
            await Assertions.Expect(user.GetByRole(AriaRole.Heading, new() { Name = "Keine Berechtigung" })).ToBeVisibleAsync();
        }

        await trail.TakeAsync(user, "keine-berechtigung");
    }
}
