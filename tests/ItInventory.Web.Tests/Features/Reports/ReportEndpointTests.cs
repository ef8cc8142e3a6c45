using System.Net;
using ItInventory.Web.Features.Reports;
using ItInventory.Web.Tests.Support;

namespace ItInventory.Web.Tests.Features.Reports;

/// <summary>The download addresses over real HTTP: attachment headers, permissions and parameter errors.</summary>
public class ReportEndpointTests(InventoryAppFactory factory) : IClassFixture<InventoryAppFactory>
{
    private readonly InventoryAppFactory _factory = factory;

    [Theory]
    [InlineData("inventar", "Inventar_Musterstadt_2026-11-28.xlsx")]
    [InlineData("kosten", "Kosten_nach_Jahren_Musterstadt_2026-11-28.xlsx")]
    [InlineData("auffaelligkeiten", "Auffaelligkeiten_Musterstadt_2026-11-28.xlsx")]
    [InlineData("vertraege", "Vertraege_und_Fristen_Musterstadt_2026-11-28.xlsx")]
    [InlineData("ratsbericht", "Ratsbericht_Musterstadt_2026-11-28.xlsx")]
    public async Task Each_report_downloads_as_an_attachment_with_its_name_and_date(string slug, string fileName)
    {
        var client = await _factory.CreateClientAsync("beschaffung");

        var response = await client.GetAsync($"/berichte/{slug}.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ReportFile.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var workbook = Workbooks.Open(await response.Content.ReadAsByteArrayAsync());
        Assert.NotEmpty(workbook.Worksheets);
    }

    [Fact]
    public async Task A_council_member_gets_the_council_report_but_not_the_inventory()
    {
        var client = await _factory.CreateClientAsync("rat");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/berichte/inventar.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/berichte/ratsbericht.xlsx?jahr=2025")).StatusCode);
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_the_login()
    {
        var client = await _factory.CreateClientAsync(null);

        var response = await client.GetAsync("/berichte/kosten.xlsx");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/anmelden", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_malformed_parameter_is_refused_in_german()
    {
        var client = await _factory.CreateClientAsync("it-leitung");

        var response = await client.GetAsync("/berichte/vertraege.xlsx?fristTage=bald");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("fristTage", await response.Content.ReadAsStringAsync());
        Assert.Contains("ganze Zahl zwischen 0 und 3650", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_reports_page_offers_one_download_per_report()
    {
        var client = await _factory.CreateClientAsync("it-leitung");

        var html = await client.GetStringAsync("/berichte");

        Assert.Contains("<title>Berichte · ItInventory</title>", html);
        foreach (var report in ReportCatalog.All)
            Assert.Contains($"data-testid=\"download-{report.Slug}\"", html);
        Assert.Contains("href=\"/berichte/vertraege.xlsx?fristTage=180\"", html);
    }
}
