using System.Net;
using ClosedXML.Excel;
using ItInventory.Web.Tests.Support;

namespace ItInventory.Web.Tests.Features.Exports;

public class ExportEndpointTests : IAsyncLifetime
{
    private readonly InventoryAppFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData("/export/kostenpositionen.xlsx", "Kostenpositionen")]
    [InlineData("/export/produkte.xlsx", "Produkte")]
    public async Task A_procurement_officer_downloads_the_workbook(string url, string sheet)
    {
        var client = await _factory.CreateClientAsync("beschaffung");

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"{sheet}_2026-11-28.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.True(workbook.Worksheet(sheet).LastRowUsed().RowNumber() > 100);
    }

    [Fact]
    public async Task A_council_member_is_refused()
    {
        var client = await _factory.CreateClientAsync("rat");

        var response = await client.GetAsync("/export/kostenpositionen.xlsx");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
