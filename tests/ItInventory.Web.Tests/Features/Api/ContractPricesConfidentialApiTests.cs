using System.Net;
using System.Text.Json;
using static ItInventory.Web.Tests.Features.Api.ResourceApiTests;

namespace ItInventory.Web.Tests.Features.Api;

/// <summary>"Preise vertraulich" written through the contracts API and read back beside the other contract flags.</summary>
public class ContractPricesConfidentialApiTests(ApiFixture app) : IClassFixture<ApiFixture>
{
    private static string Contract(string number, bool confidential) => $$"""
        {"contractNumber":"{{number}}","title":"Pflegevertrag vertraulich","vendorId":1,"evbItType":"PflegeS","start":"2024-01-01",
         "termKind":"OpenEnded","noticePeriodMonths":3,"noticeReference":"EndOfTerm","exitSupport":true,"pricesConfidential":{{(confidential ? "true" : "false")}}}
        """;

    [Fact]
    public async Task The_flag_is_written_read_back_and_cleared()
    {
        var number = "V-PV-" + Guid.NewGuid().ToString("N")[..8];
        var created = await app.Writer.PostAsync("/api/v1/contracts", Json(Contract(number, true)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = created.Headers.Location!.OriginalString;

        var terms = (await (await app.ReadOnlyItLeitung.GetAsync(location)).JsonAsync()).GetProperty("terms");
        var cleared = await app.Writer.SendAsync(ApiClients.Put(location, JsonDocument.Parse(Contract(number, false)).RootElement, created.Headers.ETag!.Tag));
        var after = (await (await app.ReadOnlyItLeitung.GetAsync(location)).JsonAsync()).GetProperty("terms");

        Assert.True(terms.GetProperty("pricesConfidential").GetBoolean());
        Assert.True(terms.GetProperty("exitSupport").GetBoolean());
        Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        Assert.False(after.GetProperty("pricesConfidential").GetBoolean());
    }
}
