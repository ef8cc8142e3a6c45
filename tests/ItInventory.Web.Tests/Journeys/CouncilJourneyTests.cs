using ItInventory.Web.Tests.Support;
using Microsoft.Playwright;

namespace ItInventory.Web.Tests.Journeys;

/// <summary>A council member reads the dashboard and can change nothing anywhere.</summary>
public class CouncilJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_council_member_reads_the_dashboard_and_cannot_edit_anything()
    {
        var page = await browser.NewPageAsync("rat");
        await page.GotoAsync("/");
        await BrowserFixture.WaitForInteractiveAsync(page);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Übersicht");
        await Assertions.Expect(page.GetByTestId("current-user")).ToContainTextAsync("Ratsmitglied");
        foreach (var editLabel in new[] { "Bearbeiten", "Neues Produkt", "Kosten erfassen", "Speichern", "Löschen", "Excel-Import" })
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = editLabel })).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = editLabel })).ToHaveCountAsync(0);
        }

        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "journey-rat-uebersicht.png"), FullPage = true });

        foreach (var url in new[] { "/produkte/1/bearbeiten", "/produkte/neu", "/kosten", "/produkte", "/verwaltung/benutzer" })
        {
            var response = await page.GotoAsync(url);
            Assert.Equal(403, response!.Status);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Keine Berechtigung" })).ToBeVisibleAsync();
        }
    }
}
