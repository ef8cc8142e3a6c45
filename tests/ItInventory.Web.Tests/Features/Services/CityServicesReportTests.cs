using System.Net;
using ItInventory.Web.Tests.Features.Api;
using ItInventory.Web.Tests.Features.Reports;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Services;

/// <summary>The workbook "Leistungen (OZG)" opened and read back against the database and the API.</summary>
public class CityServicesReportTests(InventoryAppFactory factory) : IClassFixture<InventoryAppFactory>
{
    [Fact]
    public async Task The_workbook_holds_every_service_with_its_cases_and_the_councils_sentence()
    {
        var client = await factory.CreateClientAsync("beschaffung");
        await using var db = factory.CreateContext();
        var services = await db.CityServices.CountAsync();
        var cases = await db.CityServices.SumAsync(s => (long)(s.AnnualCases ?? 0));
        var api = await (await client.GetAsync("/api/v1/services?pageSize=100")).JsonAsync();

        var response = await client.GetAsync("/berichte/leistungen.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = Workbooks.Open(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Leistungen", "Anbieter", "Lebenslagen"], workbook.Worksheets.Select(w => w.Name));
        var sheet = workbook.Worksheet("Leistungen");
        var rows = Workbooks.DataRows(sheet);
        Assert.Equal(services, rows.Count);
        Assert.Equal(api.GetProperty("total").GetInt32(), rows.Count);
        var caseColumn = Workbooks.ColumnOf(sheet, "Fälle pro Jahr");
        Assert.Equal(cases, rows.Sum(r => r.Cell(caseColumn).IsEmpty() ? 0L : (long)r.Cell(caseColumn).GetDouble()));
        // The same order as the API: by case number.
        var names = rows.Select(r => r.Cell(Workbooks.ColumnOf(sheet, "Leistung")).GetString()).ToList();
        Assert.Equal(api.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()), names);
        Assert.Contains(sheet.CellsUsed(), c => c.GetString().StartsWith("Von den 25 meistgefragten Leistungen sind ", StringComparison.Ordinal));
        var lifeSituations = workbook.Worksheet("Lebenslagen");
        var servicesColumn = Workbooks.ColumnOf(lifeSituations, "Leistungen");
        Assert.Equal(services, Workbooks.DataRows(lifeSituations).Sum(r => (int)r.Cell(servicesColumn).GetDouble()));
    }

    [Fact]
    public async Task The_council_may_not_download_it()
    {
        var council = await factory.CreateClientAsync("rat");

        var response = await council.GetAsync("/berichte/leistungen.xlsx");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
