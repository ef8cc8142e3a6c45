using System.Net;
using System.Text.RegularExpressions;
using ItInventory.Core.Analysis;
using ItInventory.Web.Features.Findings;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Reports;

/// <summary>
/// A page's export button takes the filters the page shows: the link is read from the page as served, followed, and
/// the workbook holds exactly the rows of the filtered list.
/// </summary>
public partial class ExportsFollowFiltersTests(InventoryAppFactory factory) : IClassFixture<InventoryAppFactory>
{
    private async Task<(HttpClient Client, string Link)> ExportLinkAsync(string page, string testId)
    {
        var client = await factory.CreateClientAsync("beschaffung");
        var html = await client.GetStringAsync(page);
        var link = ExportHref().Matches(html).Single(m => m.Groups["testid"].Value == testId).Groups["href"].Value;
        return (client, WebUtility.HtmlDecode(link));
    }

    [Fact]
    public async Task The_contract_export_holds_the_contracts_of_the_search()
    {
        var (client, link) = await ExportLinkAsync("/vertraege?suche=Pflege", "export-contracts");
        Assert.Contains("suche=Pflege", link);
        await using var db = factory.CreateContext();
        var expected = (await db.Contracts.AsNoTracking()
                .Where(c => EF.Functions.Like(c.ContractNumber, "%Pflege%") || EF.Functions.Like(c.Title, "%Pflege%") || EF.Functions.Like(c.Vendor!.Name, "%Pflege%")
                            || c.Products.Any(p => EF.Functions.Like(p.Name, "%Pflege%") || EF.Functions.Like(p.InventoryNumber, "%Pflege%")))
                .Select(c => c.ContractNumber).ToListAsync())
            .Order(StringComparer.Ordinal).ToList();

        using var workbook = Workbooks.Open(await client.GetByteArrayAsync(link));

        var sheet = workbook.Worksheet("Verträge");
        var column = Workbooks.ColumnOf(sheet, "Vertragsnummer");
        Assert.InRange(expected.Count, 1, await db.Contracts.CountAsync() - 1);
        Assert.Equal(expected, Workbooks.DataRows(sheet).Select(r => r.Cell(column).GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_findings_export_holds_the_findings_of_the_kind_and_vendor_shown()
    {
        var kind = FindingLabels.Of(FindingKind.LockInHigh);
        var (client, link) = await ExportLinkAsync($"/auffaelligkeiten?art={nameof(FindingKind.LockInHigh)}", "export-findings");
        var ofKind = Rows(await client.GetByteArrayAsync(link));
        Assert.All(ofKind, r => Assert.Equal(kind, r.Kind));
        var vendorName = ofKind.GroupBy(r => r.Vendor).OrderByDescending(g => g.Count()).First().Key;
        await using var db = factory.CreateContext();
        var vendorId = await db.Vendors.Where(v => v.Name == vendorName).Select(v => v.Id).SingleAsync();

        (client, link) = await ExportLinkAsync($"/auffaelligkeiten?art={nameof(FindingKind.LockInHigh)}&anbieter={vendorId}", "export-findings");
        var ofVendor = Rows(await client.GetByteArrayAsync(link));

        Assert.Equal(ofKind.Where(r => r.Vendor == vendorName).Order(), ofVendor.Order());
        Assert.True(ofVendor.Count < ofKind.Count, "Der Anbieterfilter muss die Liste verkürzen, sonst prüft der Test nichts.");
    }

    [Fact]
    public async Task The_findings_export_keeps_the_order_and_the_day_the_page_shows()
    {
        var (client, link) = await ExportLinkAsync("/auffaelligkeiten?sortierung=DueDate&stichtag=2025-06-30", "export-findings");
        Assert.Contains("sortierung=DueDate", link);
        Assert.Contains("stichtag=2025-06-30", link);

        using var workbook = Workbooks.Open(await client.GetByteArrayAsync(link));
        var sheet = workbook.Worksheet("Auffälligkeiten");
        Assert.Contains(sheet.CellsUsed(), c => c.GetString().StartsWith("Stichtag 30.06.2025; nächste Frist zuerst", StringComparison.Ordinal));
        var due = Workbooks.ColumnOf(sheet, "Frist");
        var dates = Workbooks.DataRows(sheet).Select(r => r.Cell(due).IsEmpty() ? DateTime.MaxValue : r.Cell(due).GetDateTime()).ToList();
        Assert.Contains(dates, d => d != DateTime.MaxValue);
        Assert.Equal(dates.Order(), dates);

        // Seen from another day, the deadlines' findings are others: the day is not ignored.
        var today = Rows(await client.GetByteArrayAsync("/berichte/auffaelligkeiten.xlsx?sortierung=DueDate"));
        Assert.NotEqual(today.Order(), Rows(await client.GetByteArrayAsync(link)).Order());
    }

    [Theory]
    [InlineData("stichtag=30.06.2025", "JJJJ-MM-TT")]
    [InlineData("stichtag=1900-01-01", "Der Stichtag muss zwischen")]
    [InlineData("sortierung=Zufall", "Die Sortierung „Zufall“ ist unbekannt")]
    public async Task A_malformed_day_or_order_is_refused_in_german(string query, string message)
    {
        var client = await factory.CreateClientAsync("beschaffung");

        var response = await client.GetAsync("/berichte/auffaelligkeiten.xlsx?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
    }

    private static List<(string Kind, string Vendor, string Title)> Rows(byte[] content)
    {
        using var workbook = Workbooks.Open(content);
        var sheet = workbook.Worksheet("Auffälligkeiten");
        var (kind, vendor, title) = (Workbooks.ColumnOf(sheet, "Art"), Workbooks.ColumnOf(sheet, "Anbieter"), Workbooks.ColumnOf(sheet, "Titel"));
        return [.. Workbooks.DataRows(sheet).Select(r => (r.Cell(kind).GetString(), r.Cell(vendor).GetString(), r.Cell(title).GetString()))];
    }

    [GeneratedRegex("<a[^>]*href=\"(?<href>[^\"]+)\"[^>]*data-testid=\"(?<testid>[^\"]+)\"|<a[^>]*data-testid=\"(?<testid>[^\"]+)\"[^>]*href=\"(?<href>[^\"]+)\"")]
    private static partial Regex ExportHref();
}
