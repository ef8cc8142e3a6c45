using System.Net;
using ClosedXML.Excel;
using ItInventory.Web.Features.Import;
using ItInventory.Web.Tests.Support;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Tests.Features.Import;

public class ImportEndpointTests : IAsyncLifetime
{
    private readonly InventoryAppFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task The_template_is_an_xlsx_download_for_users_who_may_import()
    {
        var admin = await _factory.CreateClientAsync("admin");
        var itHead = await _factory.CreateClientAsync("it-leitung");

        var response = await admin.GetAsync("/import/vorlage");
        var refused = await itHead.GetAsync("/import/vorlage");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ImportReportWriter.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(ImportTemplate.FileName, response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.Equal("Produkt", workbook.Worksheet("Inventar").Cell(3, 2).GetString());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task A_kept_import_run_serves_its_report_to_who_may_import_and_nobody_else()
    {
        int id;
        await using (var db = _factory.CreateContext())
        {
            var run = new ItInventory.Web.Data.Entities.ImportRun
            {
                FileName = "nachtrag.xlsx", ImportedBy = "admin", ImportedAt = DateTimeOffset.UtcNow, Errors = 1,
                Report = [4, 5, 6], ReportFileName = "Importbericht nachtrag.xlsx",
            };
            db.ImportRuns.Add(run);
            await db.SaveChangesAsync();
            id = run.Id;
        }

        var admin = await _factory.CreateClientAsync("admin");
        var itHead = await _factory.CreateClientAsync("it-leitung");

        var response = await admin.GetAsync($"/import/laeufe/{id}/bericht");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([4, 5, 6], await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await itHead.GetAsync($"/import/laeufe/{id}/bericht")).StatusCode);
        var unknown = await admin.GetAsync($"/import/laeufe/{int.MaxValue}/bericht");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("gibt es nicht", await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_report_is_served_to_its_owner_and_is_gone_for_unknown_ids()
    {
        var store = _factory.Services.GetRequiredService<ImportReportStore>();
        var id = store.Add([1, 2, 3], "Importbericht test.xlsx", "admin");
        var admin = await _factory.CreateClientAsync("admin");
        var anonymous = await _factory.CreateClientAsync(null);

        var response = await admin.GetAsync($"/import/bericht/{id}");
        var unknown = await admin.GetAsync($"/import/bericht/{Guid.NewGuid()}");
        var notSignedIn = await anonymous.GetAsync($"/import/bericht/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([1, 2, 3], await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, notSignedIn.StatusCode);
    }

    [Fact]
    public void The_store_hands_a_report_only_to_the_user_who_ran_the_import()
    {
        var store = new ImportReportStore(new MemoryCache(new MemoryCacheOptions()), Options.Create(new ImportOptions()));
        var id = store.Add([1], "bericht.xlsx", "anna");

        Assert.NotNull(store.Get(id, "anna"));
        Assert.Null(store.Get(id, "bernd"));
    }
}
