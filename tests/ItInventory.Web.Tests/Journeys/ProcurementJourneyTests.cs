using System.Text.RegularExpressions;
using ItInventory.Core.Analysis;
using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Web.Tests.Features.Api;
using ItInventory.Web.Tests.Features.Reports;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace ItInventory.Web.Tests.Journeys;

/// <summary>
/// The procurement officer signs in, lists the contracts that need a decision within the next 180 days (overdue ones
/// included) and takes them to the next meeting as the "Verträge und Fristen" workbook, which lists exactly those contracts.
/// </summary>
public partial class ProcurementJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const int Days = 180;

    /// <summary>The contracts due within the window, worked out from the database with the core's decision rule.</summary>
    private async Task<List<string>> DueContractsAsync()
    {
        var calculator = new DeadlineCalculator(browser.App.Services.GetRequiredService<IOptionsMonitor<AnalysisOptions>>().CurrentValue);
        var today = TestDatabase.AsOf;
        await using var db = browser.App.CreateContext();
        var contracts = await db.Contracts.AsNoTracking().ToListAsync();
        return contracts
            .Where(c => DecisionDue.Of(calculator.Calculate(c, today), Days) is not null)
            .Select(c => c.ContractNumber).Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public async Task The_procurement_officer_exports_exactly_the_contracts_with_a_decision_due_in_the_next_180_days()
    {
        var trail = new ScreenshotTrail("beschaffung");
        var expected = await DueContractsAsync();
        await using (var db = browser.App.CreateContext())
        {
            Assert.InRange(expected.Count, 1, await db.Contracts.CountAsync() - 1);
        }

        var page = await browser.NewPageAsync(null);
        await page.GotoAsync("/anmelden");
        await trail.TakeAsync(page, "anmelden");
        await BrowserFixture.SubmitLoginAsync(page, "beschaffung");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await trail.TakeAsync(page, "uebersicht");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hauptnavigation" }).GetByRole(AriaRole.Link, new() { Name = "Verträge" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Verträge", Level = 1 })).ToBeVisibleAsync();
        await BrowserFixture.WaitForInteractiveAsync(page);
        var status = page.GetByRole(AriaRole.Status).Filter(new() { HasTextRegex = ContractCount() });
        await Assertions.Expect(status).ToBeVisibleAsync();
        var allCount = ContractCount().Match(await status.TextContentAsync() ?? "").Groups[1].Value;
        await trail.TakeAsync(page, "vertraege");

        // The deadline filter, with its 180 days, by keyboard: a plain form the browser submits, so a single Enter
        // works whether or not the interactive circuit has attached its handlers yet.
        var days = page.GetByLabel("Tage", new() { Exact = true });
        await Assertions.Expect(days).ToHaveValueAsync(Days.ToString());
        await days.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains($"frist={Days}"), new() { WaitUntil = WaitUntilState.Commit });
        // The browser loaded a new page; its rows are read once the circuit has taken it over (taking over re-renders them).
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(status).ToContainTextAsync($"{expected.Count} Verträge mit Entscheidung bis");
        Assert.NotEqual(allCount, expected.Count.ToString());

        var numbers = page.Locator("[aria-label='Vertragsliste'] tbody tr td:first-child a");
        await Assertions.Expect(numbers).ToHaveCountAsync(expected.Count);
        var shown = (await numbers.AllTextContentsAsync()).Select(n => n.Trim()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, shown);
        await trail.TakeAsync(page, "vertraege-180-tage");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Verträge und Fristen (Excel)" }).ClickAsync());
        Assert.Equal("Vertraege_und_Fristen_Musterstadt_2026-11-28.xlsx", download.SuggestedFilename);
        var file = Path.Combine(Screenshots.Folder("beschaffung"), download.SuggestedFilename);
        await download.SaveAsAsync(file);

        using var workbook = Workbooks.Open(await File.ReadAllBytesAsync(file));
        var sheet = workbook.Worksheet("Verträge");
        var column = Workbooks.ColumnOf(sheet, "Vertragsnummer");
        var exported = Workbooks.DataRows(sheet).Select(r => r.Cell(column).GetString()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, exported);
        Assert.Contains(sheet.RowsUsed(), r => r.Cell(1).GetString().Contains($"in den nächsten {Days} Tagen"));
    }

    /// <summary>
    /// Before a renewal meeting: from the vendor list to the vendor's Verhandlungsmappe, on a laptop screen, and one
    /// workbook with exactly that vendor's contracts, this year's payments and findings, as the API gives them.
    /// </summary>
    [Fact]
    public async Task The_procurement_officer_takes_one_vendors_Verhandlungsmappe_to_the_meeting()
    {
        int vendorId;
        string vendorName;
        await using (var db = browser.App.CreateContext())
        {
            // The vendor with the most contracts: the meeting that needs a folder most.
            var vendor = await db.Vendors.AsNoTracking().OrderByDescending(v => v.Contracts.Count).ThenBy(v => v.Name).Select(v => new { v.Id, v.Name }).FirstAsync();
            (vendorId, vendorName) = (vendor.Id, vendor.Name);
        }

        // The app listens on a real port here, so the API is asked over it, as any client would.
        using var api = new HttpClient { BaseAddress = new Uri(browser.BaseUrl) };
        api.DefaultRequestHeaders.Authorization = new("Bearer", await browser.App.CreateTokenAsync("beschaffung", ItInventory.Web.Data.Entities.TokenScope.Read));
        var contracts = (await (await api.GetAsync($"/api/v1/contracts?vendorId={vendorId}&pageSize=200")).JsonAsync()).GetProperty("items")
            .EnumerateArray().Select(c => c.GetProperty("contractNumber").GetString()!).Order(StringComparer.Ordinal).ToList();
        var findings = (await (await api.GetAsync($"/api/v1/findings?vendorId={vendorId}&pageSize=200")).JsonAsync()).GetProperty("items")
            .EnumerateArray().Select(f => f.GetProperty("title").GetString()!).Order(StringComparer.Ordinal).ToList();
        var paid = (await (await api.GetAsync($"/api/v1/vendors/{vendorId}")).JsonAsync()).GetProperty("paymentsToVendor").GetDecimal();
        Assert.True(contracts.Count >= 2, $"{vendorName} hat {contracts.Count} Verträge");

        var page = await browser.NewPageAsync("beschaffung");
        await page.SetViewportSizeAsync(1366, 768);
        await page.GotoAsync("/anbieter");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = vendorName, Exact = true }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Verhandlungsmappe" }).ClickAsync();
        var heading = page.GetByRole(AriaRole.Heading, new() { Name = $"Verhandlungsmappe: {vendorName}", Level = 1 });
        await Assertions.Expect(heading).ToBeInViewportAsync();
        await Assertions.Expect(page.GetByTestId("negotiation-summary")).ToContainTextAsync($"{contracts.Count} Verträge");
        await Assertions.Expect(page.Locator("[data-testid=negotiation-contracts] tbody tr")).ToHaveCountAsync(contracts.Count);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("negotiation-download").ClickAsync());
        Assert.Equal("Verhandlungsmappe_Musterstadt_2026-11-28.xlsx", download.SuggestedFilename);
        var file = Path.Combine(Screenshots.Folder("beschaffung"), download.SuggestedFilename);
        await download.SaveAsAsync(file);

        using var workbook = Workbooks.Open(await File.ReadAllBytesAsync(file));
        List<string> Column(string sheetName, string header)
        {
            var sheet = workbook.Worksheet(sheetName);
            var column = Workbooks.ColumnOf(sheet, header);
            return Workbooks.DataRows(sheet).Select(r => r.Cell(column).GetString()).Order(StringComparer.Ordinal).ToList();
        }

        Assert.Equal(contracts, Column("Verträge", "Vertragsnummer"));
        Assert.Equal(findings, Column("Auffälligkeiten", "Titel"));
        var costs = workbook.Worksheet("Kosten je Produkt");
        var thisYear = Workbooks.ColumnOf(costs, $"An Anbieter {TestDatabase.AsOf.Year}");
        Assert.Equal(paid, Workbooks.DataRows(costs).Sum(r => r.Cell(thisYear).GetValue<decimal>()));
    }

    [GeneratedRegex(@"^\s*(\d+) Verträge")]
    private static partial Regex ContractCount();
}
