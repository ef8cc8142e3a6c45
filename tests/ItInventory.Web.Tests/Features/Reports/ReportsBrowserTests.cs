using ItInventory.Web.Data;
using ItInventory.Web.Features.Reports;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ItInventory.Web.Tests.Features.Reports;

public class ReportsBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_export_button_of_the_filtered_product_list_downloads_just_those_products()
    {
        await using var db = browser.App.CreateContext();
        var sozialamt = await db.Departments.SingleAsync(d => d.Number == "50");
        var expected = await db.Products
            .Where(p => p.OwnerDepartmentId == sozialamt.Id || p.UsingDepartments.Any(d => d.DepartmentId == sozialamt.Id))
            .Select(p => p.InventoryNumber).OrderBy(n => n).ToListAsync();

        var page = await browser.NewPageAsync("beschaffung");
        await page.GotoAsync($"/produkte?amt={sozialamt.Id}");
        await BrowserFixture.WaitForInteractiveAsync(page);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-inventory").ClickAsync());

        Assert.Equal("Inventar_Musterstadt_2026-11-28.xlsx", download.SuggestedFilename);
        var path = Path.Combine(BrowserFixture.ScreenshotFolder, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        using var workbook = Workbooks.Open(await File.ReadAllBytesAsync(path));
        var numbers = Workbooks.DataRows(workbook.Worksheet("Inventar")).Select(r => r.Cell(1).GetString()).Order().ToList();
        Assert.Equal(expected, numbers);
    }

    [Fact]
    public async Task The_reports_page_offers_a_download_per_report()
    {
        var page = await browser.NewPageAsync("it-leitung");
        await page.GotoAsync("/berichte");
        await BrowserFixture.WaitForInteractiveAsync(page);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Berichte", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex(@": Herunterladen \(\.xlsx\)$") })).ToHaveCountAsync(ReportCatalog.All.Count);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-vertraege").ClickAsync());
        Assert.Equal("Vertraege_und_Fristen_Musterstadt_2026-11-28.xlsx", download.SuggestedFilename);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "berichte.png"), FullPage = true });
    }
}
