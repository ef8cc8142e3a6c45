using System.Net;
using System.Text.Json;
using static ItInventory.Web.Tests.Features.Api.ResourceApiTests;

namespace ItInventory.Web.Tests.Features.Api;

/// <summary>A cloud contract's EU Data Act terms written through the contracts API and read back in the Data Act findings.</summary>
public class ContractDataActApiTests(ApiFixture app) : IClassFixture<ApiFixture>
{
    private static string Contract(string number, string dataAct) => $$"""
        {"contractNumber":"{{number}}","title":"Cloud-Vertrag Data Act","vendorId":1,"evbItType":"Cloud","start":"2024-01-01",
         "termKind":"Renewing","minimumTermMonths":12,"renewalPeriodMonths":12,"tacitRenewal":true,"noticePeriodMonths":3,"noticeReference":"EndOfTerm",
         "dataAct":{{dataAct}}}
        """;

    /// <summary>The titles' article part ("Data Act Art. 25 Abs. 2 lit. d") of the contract's Data Act findings.</summary>
    private async Task<string[]> BreachedArticlesAsync(int contractId)
    {
        var findings = await (await app.ReadOnlyItLeitung.GetAsync("/api/v1/findings?kind=DataActBreach&pageSize=200")).JsonAsync();
        return findings.GetProperty("items").EnumerateArray()
            .Where(f => f.GetProperty("subjectKind").GetString() == "Contract" && f.GetProperty("subjectId").GetInt32() == contractId)
            .Select(f => f.GetProperty("title").GetString()!.Split(':')[0]).Order(StringComparer.Ordinal).ToArray();
    }

    [Fact]
    public async Task Written_terms_are_read_back_and_their_breaches_come_and_go_in_the_findings()
    {
        var number = "V-DA-" + Guid.NewGuid().ToString("N")[..8];
        var created = await app.Writer.PostAsync("/api/v1/contracts", Json(Contract(number,
            """{"switchingNoticeMonths":3,"transitionalPeriodDays":45,"dataRetrievalDays":30,"exportFormats":" CSV, XML ","switchingFee":0}""")));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = created.Headers.Location!.OriginalString;
        var id = int.Parse(location[(location.LastIndexOf('/') + 1)..]);

        var terms = (await (await app.ReadOnlyItLeitung.GetAsync(location)).JsonAsync()).GetProperty("terms").GetProperty("dataAct");
        Assert.Equal((3, 45, "CSV, XML", 0m), (terms.GetProperty("switchingNoticeMonths").GetInt32(), terms.GetProperty("transitionalPeriodDays").GetInt32(),
            terms.GetProperty("exportFormats").GetString(), terms.GetProperty("switchingFee").GetDecimal()));
        Assert.Equal(JsonValueKind.Null, terms.GetProperty("isDataProcessingService").ValueKind);
        Assert.Equal(["Data Act Art. 25 Abs. 2 lit. a", "Data Act Art. 25 Abs. 2 lit. d"], await BreachedArticlesAsync(id));

        // Two months' notice, and the provider declared 30 days unfeasible in time: no breach is left.
        var changed = await app.Writer.SendAsync(ApiClients.Put(location, JsonDocument.Parse(Contract(number,
            """{"switchingNoticeMonths":2,"transitionalPeriodDays":45,"transitionUnfeasibleDeclared":true,"dataRetrievalDays":30}""")).RootElement,
            created.Headers.ETag!.Tag));
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Empty(await BreachedArticlesAsync(id));

        // Declared not a data processing service (e.g. dedicated hosting): the Act is not checked at all.
        var hosting = await app.Writer.SendAsync(ApiClients.Put(location, JsonDocument.Parse(Contract(number,
            """{"isDataProcessingService":false,"switchingNoticeMonths":6}""")).RootElement, changed.Headers.ETag!.Tag));
        Assert.Equal(HttpStatusCode.NoContent, hosting.StatusCode);
        Assert.Empty(await BreachedArticlesAsync(id));
    }

    [Fact]
    public async Task Impossible_terms_get_a_German_problem_per_field_and_nothing_is_written()
    {
        var number = "V-DA-" + Guid.NewGuid().ToString("N")[..8];

        var response = await app.Writer.PostAsync("/api/v1/contracts", Json(Contract(number,
            """{"switchingNoticeMonths":-1,"transitionalPeriodDays":2147483647,"switchingFee":0.001}""")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Equal("Die Kündigungsfrist für den Wechsel muss zwischen 0 und 120 Monaten liegen (-1 ist außerhalb).",
            errors.GetProperty("DataAct.SwitchingNoticeMonths")[0].GetString());
        Assert.Equal("Der Übergangszeitraum muss zwischen 0 und 3650 Tagen liegen (2147483647 ist außerhalb).",
            errors.GetProperty("DataAct.TransitionalPeriodDays")[0].GetString());
        Assert.Equal("Das Wechselentgelt darf höchstens zwei Nachkommastellen (Cent) haben.", errors.GetProperty("DataAct.SwitchingFee")[0].GetString());
        var search = await (await app.ReadOnlyItLeitung.GetAsync($"/api/v1/contracts?search={number}")).JsonAsync();
        Assert.Equal(0, search.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_sample_city_has_cloud_contracts_that_keep_the_act_and_some_that_break_it()
    {
        var contracts = (await (await app.ReadOnlyItLeitung.GetAsync("/api/v1/contracts?evbItType=Cloud&pageSize=100")).JsonAsync())
            .GetProperty("items").EnumerateArray().ToDictionary(c => c.GetProperty("contractNumber").GetString()!, c => c.GetProperty("id").GetInt32());

        Assert.Empty(await BreachedArticlesAsync(contracts["V-2020-010"]));
        Assert.Empty(await BreachedArticlesAsync(contracts["V-2021-004"]));
        Assert.Equal(["Data Act Art. 25 Abs. 2 lit. d", "Data Act Art. 25 Abs. 2 lit. g"], await BreachedArticlesAsync(contracts["V-2020-015"]));
        Assert.Equal(["Data Act Art. 25 Abs. 2 lit. a", "Data Act Art. 25 Abs. 2 lit. d", "Data Act Art. 29"], await BreachedArticlesAsync(contracts["V-2021-008"]));
    }
}
