using System.Globalization;
using ItInventory.Core.Analysis;
using ItInventory.Core.Domain;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace ItInventory.Web.Tests.Journeys;

/// <summary>
/// The IT department head signs in, looks for prices that rose faster than the consumer price index, opens the
/// product with the largest excess, plans money for next year and finds the plan on the dashboard.
/// </summary>
public class ItLeitungJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const int NextYear = 2027;
    private const decimal PlannedConsulting = 25_000m;

    /// <summary>The price increase with the most euros above the index, computed by the analysis itself, not by the page.</summary>
    private async Task<Finding> WorstPriceIncreaseAsync()
    {
        var user = FixedCurrentUser.WithRoles("pruefung", Roles.ItLeitung);
        var configured = browser.App.Services.GetRequiredService<IOptionsMonitor<AnalysisOptions>>().CurrentValue;
        var report = await TestServices.Analysis(browser.App.Database, user, configured).AnalyzeAsync(null);
        return report.Findings.Where(f => f.Kind == FindingKind.PriceIncrease).MaxBy(f => f.ImpactEuro ?? 0m)!;
    }

    private async Task<decimal> PlannedAsync(int year, CostType? type = null)
    {
        await using var db = browser.App.CreateContext();
        return await db.CostLines.Where(c => c.FiscalYear == year && c.Kind == CostKind.Plan && (type == null || c.CostType == type))
            .SumAsync(c => c.Amount);
    }

    private static decimal ParseEuro(string text) =>
        decimal.Parse(text.Replace("€", "").Trim(), NumberStyles.Number, Formats.German);

    private static async Task ChooseAsync(IPage page, string field, string option)
    {
        await page.GetByRole(AriaRole.Combobox, new() { Name = field }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
    }

    [Fact]
    public async Task The_head_of_it_plans_next_year_for_the_worst_price_increase_and_sees_it_on_the_dashboard()
    {
        var trail = new ScreenshotTrail("it-leitung");
        var worst = await WorstPriceIncreaseAsync();
        var plannedBefore = await PlannedAsync(NextYear);

        // Sign in.
        var page = await browser.NewPageAsync(null);
        await page.GotoAsync("/");
        await page.WaitForURLAsync(url => url.Contains("/anmelden"));
        await trail.TakeAsync(page, "anmelden");
        await BrowserFixture.SubmitLoginAsync(page, "it-leitung");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("total-spend")).ToBeVisibleAsync();
        await trail.TakeAsync(page, "uebersicht");

        // The findings, narrowed to price increases above the index, largest excess in euros first.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hauptnavigation" }).GetByRole(AriaRole.Link, new() { Name = "Auffälligkeiten" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Auffälligkeiten", Level = 1 })).ToBeVisibleAsync();
        await BrowserFixture.WaitForInteractiveAsync(page);
        // As a user would: choose once the list is there (under load the first analysis takes a while).
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Auffälligkeiten, €-Auswirkung" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.GetByLabel("Art", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Preissteigerung über Index" });
        await page.WaitForURLAsync(url => url.Contains("art=PriceIncrease"));
        // The narrowed list is there before the next choice, as a user would wait for it.
        await Assertions.Expect(page.Locator("[aria-label='Auffälligkeiten'] tbody tr td[data-label='Art']").First)
            .ToHaveTextAsync("Preissteigerung über Index", new() { Timeout = 30_000 });
        await page.GetByLabel("Sortierung", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "nach €-Auswirkung" });
        await page.WaitForURLAsync(url => url.Contains("sortierung=Impact"));

        var rows = page.Locator("[aria-label='Auffälligkeiten'] tbody tr");
        await Assertions.Expect(rows.First.Locator("td[data-label='Betrifft'] a")).ToHaveTextAsync(worst.Subject.Name);
        var kinds = await rows.Locator("td[data-label='Art']").AllTextContentsAsync();
        Assert.All(kinds, kind => Assert.Equal("Preissteigerung über Index", kind.Trim()));
        var impactTexts = await rows.Locator("td[data-label='€-Auswirkung']").AllTextContentsAsync();
        var impacts = impactTexts.Select(ParseEuro).ToList();
        Assert.True(impacts.Count > 1, "Die Liste zeigt nur eine Preissteigerung.");
        Assert.Equal(impacts.Max(), impacts[0]);
        Assert.Equal(Formats.Euro(worst.ImpactEuro), impactTexts[0].Trim());
        await trail.TakeAsync(page, "preissteigerungen");

        // The worst one.
        await rows.First.Locator("td[data-label='Betrifft'] a").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith($"/produkte/{worst.Subject.Id}"));
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = worst.Subject.Name, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(worst.Title).First).ToBeVisibleAsync();
        await trail.TakeAsync(page, "produkt");

        // Next year's plan: money to explore the market for a replacement.
        await page.GetByRole(AriaRole.Button, new() { Name = "Kosten erfassen" }).First.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Kosten erfassen" });
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await dialog.GetByLabel("Haushaltsjahr").FillAsync(NextYear.ToString(CultureInfo.InvariantCulture));
        await ChooseAsync(page, "Plan oder Ist", "Plan");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Kostenart" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = Labels.Of(CostType.Consulting) }).ClickAsync();
        await dialog.GetByLabel("Betrag in Euro").FillAsync("25000");
        await dialog.GetByLabel("Notiz (optional)").FillAsync("Markterkundung für eine Ablösung");
        await trail.TakeAsync(page, "plan-erfassen");
        await dialog.GetByTestId("cost-save").ClickAsync();
        // The save commits and the page reloads its costs before the dialog closes: on two busy cores that took over 5 s.
        await Assertions.Expect(dialog).ToHaveCountAsync(0, new() { Timeout = 30_000 });

        var line = page.GetByTestId("cost-lines").Locator("tbody tr").Filter(new() { HasText = "Markterkundung für eine Ablösung" });
        await Assertions.Expect(line).ToContainTextAsync(Formats.EuroCents(PlannedConsulting));
        await Assertions.Expect(line).ToContainTextAsync(NextYear.ToString(CultureInfo.InvariantCulture));
        var plannedAfter = await PlannedAsync(NextYear);
        Assert.Equal(plannedBefore + PlannedConsulting, plannedAfter);
        await trail.TakeAsync(page, "produkt-mit-plan");

        // The dashboard's figures for next year include the plan.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hauptnavigation" }).GetByRole(AriaRole.Link, new() { Name = "Übersicht" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("total-spend")).ToBeVisibleAsync();
        await ChooseAsync(page, "Haushaltsjahr", $"{NextYear} Plan");
        await page.WaitForURLAsync(url => url.EndsWith($"?jahr={NextYear}"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"IT-Ausgaben {NextYear} Plan" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("total-spend")).ToHaveTextAsync(Formats.Euro(plannedAfter));
        await Assertions.Expect(page.GetByTestId("tile-cost-types"))
            .ToContainTextAsync($"{Labels.Of(CostType.Consulting)}: {Formats.Euro(await PlannedAsync(NextYear, CostType.Consulting))}");
        await trail.TakeAsync(page, "uebersicht-naechstes-jahr");
    }
}
