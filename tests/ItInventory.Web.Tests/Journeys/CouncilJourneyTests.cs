using ItInventory.Core.Domain;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ItInventory.Web.Tests.Journeys;

/// <summary>A council member reads the dashboard, prints it, and can change nothing anywhere.</summary>
public class CouncilJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly string[] EditLabels = ["Bearbeiten", "Neues Produkt", "Neuer Vertrag", "Kosten erfassen", "Nächstes Jahr planen", "Speichern", "Löschen", "Anlegen"];

    /// <summary>Pages of the inventory and the addresses of its forms, each with what the council member must not reach.</summary>
    private static readonly string[] Refused =
    [
        "/produkte", "/produkte/1", "/produkte/1/bearbeiten", "/produkte/neu",
        "/vertraege", "/vertraege/1", "/vertraege/1/bearbeiten", "/vertraege/neu",
        "/kosten", "/anbieter/1/bearbeiten", "/aemter/neu", "/standards/1/bearbeiten",
        "/import", "/berichte", "/verwaltung/benutzer", "/verwaltung/einstellungen",
    ];

    private static async Task AssertNothingToEditAsync(IPage page)
    {
        foreach (var label in EditLabels)
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = label })).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = label })).ToHaveCountAsync(0);
        }

        await Assertions.Expect(page.Locator("main input:not([readonly]):not([type=hidden]), main textarea")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_council_member_reads_and_prints_the_dashboard_and_cannot_edit_anything()
    {
        var trail = new ScreenshotTrail("rat");
        await using var db = browser.App.CreateContext();
        var plan2026 = await db.CostLines.Where(c => c.FiscalYear == 2026 && c.Kind == CostKind.Plan).SumAsync(c => c.Amount);
        var actual2025 = await db.CostLines.Where(c => c.FiscalYear == 2025 && c.Kind == CostKind.Actual).SumAsync(c => c.Amount);

        var page = await browser.NewPageAsync(null);
        await page.GotoAsync("/anmelden");
        await trail.TakeAsync(page, "anmelden");
        await BrowserFixture.SubmitLoginAsync(page, "rat");
        await BrowserFixture.WaitForInteractiveAsync(page);

        // Reads the dashboard: this year's plan beside last year's actuals, in words and figures.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Übersicht");
        await Assertions.Expect(page.GetByTestId("current-user")).ToContainTextAsync("Ratsmitglied");
        await Assertions.Expect(page.GetByTestId("total-spend")).ToHaveTextAsync(Formats.Euro(plan2026));
        await Assertions.Expect(page.GetByTestId("tile-total")).ToContainTextAsync($"Vorjahr 2025 (Ist): {Formats.Euro(actual2025)}");
        await Assertions.Expect(page.GetByTestId("trend-sentence")).ToContainTextAsync("Von 2019 bis 2025");
        // No alternative is costed in the sample city yet, so no product pays back by the end of the financial plan.
        await Assertions.Expect(page.GetByTestId("tile-exit")).ToContainTextAsync("0 Produkte könnten zum nächsten Kündigungstermin verlassen werden und amortisieren sich bis 2030.");
        // The citizen services in one sentence, its bar described by a table for screen readers.
        await Assertions.Expect(page.GetByTestId("council-services-sentence")).ToContainTextAsync("Von den 25 meistgefragten Leistungen sind ");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Digitalisierung der 25 meistgefragten Leistungen" })).ToHaveCountAsync(1);
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Hauptnavigation" });
        // The financial plan is the council's to read (the budget is its decision); nothing of the inventory.
        Assert.Equal(["Übersicht", "Finanzplanung", "Benachrichtigungen"], (await navigation.GetByRole(AriaRole.Link).AllTextContentsAsync()).Select(t => t.Trim()));
        await AssertNothingToEditAsync(page);
        await trail.TakeAsync(page, "uebersicht");

        // The print view: the page without navigation and buttons, the figures and charts kept.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator(".mud-appbar")).ToBeHiddenAsync();
        await Assertions.Expect(navigation).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Drucken" })).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Ratsbericht (Excel)" })).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Haushaltsjahr" })).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByText("Erklärung zur Barrierefreiheit")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("total-spend")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("total-spend")).ToHaveTextAsync(Formats.Euro(plan2026));
        await Assertions.Expect(page.GetByTestId("tile-deadlines")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".mud-chart svg").First).ToBeVisibleAsync();
        await trail.TakeAsync(page, "druckansicht");
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        // Nothing to change anywhere: the inventory and every form address are refused.
        foreach (var url in Refused)
        {
            var response = await page.GotoAsync(url);
            Assert.True(response!.Status == 403, $"{url} antwortet {response.Status} statt 403.");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Keine Berechtigung" })).ToBeVisibleAsync();
            await AssertNothingToEditAsync(page);
        }

        await trail.TakeAsync(page, "keine-berechtigung");
    }
}
