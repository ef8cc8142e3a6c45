using System.Net;
using System.Text.Json;
using ItInventory.Core.Analysis;
using ItInventory.Core.Domain;
using ItInventory.Web.Data.Entities;
using ItInventory.Web.Tests.Features.Api;
using ItInventory.Web.Tests.Features.Reports;
using ItInventory.Web.Tests.Support;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Findings;

/// <summary>
/// Contracts with dates no form accepts, written straight into the database (as an old import or a hand-edited row
/// would leave them): each yields one "Daten unplausibel" finding, and every page, report and feed still answers.
/// </summary>
public sealed class PoisonedContractTests : IAsyncLifetime
{
    private readonly InventoryAppFactory _factory = new();
    private int _farFuture;
    private int _yearOne;
    private int _productId;

    public async Task InitializeAsync()
    {
        await using var db = _factory.CreateContext();
        var product = await db.Products.Include(p => p.Contracts).OrderBy(p => p.Id).FirstAsync();
        var vendorId = await db.Vendors.OrderBy(v => v.Id).Select(v => v.Id).FirstAsync();
        var farFuture = Poisoned("V-GIFT-9999", vendorId, DateOnly.MaxValue);
        var yearOne = Poisoned("V-GIFT-0001", vendorId, DateOnly.MinValue);
        yearOne.TermKind = ContractTermKind.Renewing;
        yearOne.RenewalPeriodMonths = int.MaxValue;
        yearOne.EndedOn = null;
        product.Contracts.Add(farFuture);
        product.Contracts.Add(yearOne);
        await db.SaveChangesAsync();
        (_farFuture, _yearOne, _productId) = (farFuture.Id, yearOne.Id, product.Id);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private static Contract Poisoned(string number, int vendorId, DateOnly start) => new()
    {
        ContractNumber = number, Title = "Unplausibel", VendorId = vendorId, EvbItType = EvbItType.PflegeS, Start = start,
        TermKind = ContractTermKind.OpenEnded, MinimumTermMonths = 12, NoticePeriodMonths = 3, NoticeReference = NoticeReference.EndOfYear,
        FixedEnd = DateOnly.MaxValue, AnnualValue = 1200m,
    };

    [Fact]
    public async Task Each_poisoned_contract_yields_exactly_one_implausible_finding_and_the_others_remain()
    {
        var client = await _factory.CreateTokenClientAsync("it-leitung", TokenScope.Read);

        var response = await client.GetAsync($"/api/v1/findings?kind={nameof(FindingKind.DataImplausible)}&pageSize=100");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var implausible = (await response.JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.Single(implausible, i => SubjectId(i) == _farFuture);
        Assert.Single(implausible, i => SubjectId(i) == _yearOne);
        Assert.Equal(2, implausible.Count);
        Assert.All(implausible, i => Assert.StartsWith("Daten unplausibel", i.GetProperty("title").GetString()));
        Assert.True(await CountAsync(client, FindingKind.PriceIncrease) > 0);
        Assert.True(await CountAsync(client, FindingKind.NoticeDeadline) > 0);
    }

    private static async Task<int> CountAsync(HttpClient client, FindingKind kind) =>
        (await (await client.GetAsync($"/api/v1/findings?kind={kind}")).JsonAsync()).GetProperty("total").GetInt32();

    [Theory]
    [InlineData("/")]
    [InlineData("/auffaelligkeiten")]
    [InlineData("/vertraege")]
    [InlineData("/produkte")]
    [InlineData("/berichte")]
    public async Task The_pages_still_answer(string page)
    {
        var client = await _factory.CreateClientAsync("it-leitung");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/produkte/{_productId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/vertraege/{_farFuture}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/vertraege/{_yearOne}")).StatusCode);
    }

    [Theory]
    [InlineData("inventar")]
    [InlineData("kosten")]
    [InlineData("auffaelligkeiten")]
    [InlineData("vertraege")]
    [InlineData("ratsbericht")]
    [InlineData("finanzplanung")]
    public async Task Every_report_still_downloads_and_opens(string slug)
    {
        var client = await _factory.CreateClientAsync("it-leitung");

        var response = await client.GetAsync($"/berichte/{slug}.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = Workbooks.Open(await response.Content.ReadAsByteArrayAsync());
        Assert.NotEmpty(workbook.Worksheets);
    }

    [Fact]
    public async Task The_contract_report_shows_the_implausible_dates_as_stored()
    {
        var client = await _factory.CreateClientAsync("it-leitung");

        var bytes = await (await client.GetAsync("/berichte/vertraege.xlsx")).Content.ReadAsByteArrayAsync();

        using var workbook = Workbooks.Open(bytes);
        var sheet = workbook.Worksheets.First();
        var start = Workbooks.ColumnOf(sheet, "Beginn");
        var rows = Workbooks.DataRows(sheet);
        // Excel holds 9999-12-31 as a date; it has no date before 1900, so year 1 is written as the German text.
        Assert.Equal(DateTime.MaxValue.Date, rows.Single(r => r.Cell(1).GetString() == "V-GIFT-9999").Cell(start).GetDateTime());
        var yearOne = rows.Single(r => r.Cell(1).GetString() == "V-GIFT-0001").Cell(start);
        Assert.Equal(("01.01.0001", XLDataType.Text), (yearOne.GetString(), yearOne.DataType));
    }

    [Theory]
    [InlineData("/api/v1/deadlines.ics")]
    [InlineData("/api/v1/contracts?pageSize=100")]
    [InlineData("/api/v1/products?pageSize=100")]
    [InlineData("/api/v1/reports/vertraege.xlsx")]
    public async Task The_api_and_the_calendar_feed_still_answer(string url)
    {
        var client = await _factory.CreateTokenClientAsync("it-leitung", TokenScope.Read);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/contracts/{_farFuture}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/products/{_productId}")).StatusCode);
    }

    private static int SubjectId(JsonElement finding) => finding.GetProperty("subjectId").GetInt32();
}
