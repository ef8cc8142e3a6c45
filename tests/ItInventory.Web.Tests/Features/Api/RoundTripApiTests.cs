using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ItInventory.Web.Data.Auditing;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Api;

/// <summary>
/// A record read with GET goes back with PUT unchanged: the part of the GET body that describes the record carries
/// every id its PUT takes, so a client edits one field without looking anything up.
/// </summary>
public class RoundTripApiTests(ApiFixture app) : IClassFixture<ApiFixture>
{
    /// <summary>Resource of the sample city → the member of the GET body that is the PUT body (empty: the whole body).</summary>
    public static TheoryData<string, string> Records() => new()
    {
        { "/api/v1/products/1", "product" },
        { "/api/v1/vendors/1", "fields" },
        { "/api/v1/departments/1", "fields" },
        { "/api/v1/contracts/1", "terms" },
        { "/api/v1/cost-lines/1", "fields" },
        { "/api/v1/standards/1", "fields" },
        { "/api/v1/product-standards/1", "fields" },
        { "/api/v1/interfaces/1", "" },
        { "/api/v1/price-index/2024", "" },
        { "/api/v1/exit/1", "stated" },
    };

    [Theory]
    [MemberData(nameof(Records))]
    public async Task A_record_read_and_put_back_unchanged_answers_204_and_stays_as_it_was(string url, string member)
    {
        var read = await app.Writer.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var before = Editable(await read.Content.ReadAsStringAsync(), member);
        var changesBefore = await UpdatesWithChangesAsync();

        var put = await app.Writer.SendAsync(ApiClients.Put(url, before, read.Headers.ETag!.Tag));

        Assert.True(put.StatusCode == HttpStatusCode.NoContent, $"{url}: {(int)put.StatusCode} {await put.Content.ReadAsStringAsync()}");
        var after = Editable(await (await app.Writer.GetAsync(url)).Content.ReadAsStringAsync(), member);
        after.Remove("version");
        var expected = before.DeepClone().AsObject();
        expected.Remove("version");
        Assert.True(JsonNode.DeepEquals(expected, after), $"{url} hat sich geändert:\nvorher {expected.ToJsonString()}\nnachher {after.ToJsonString()}");
        Assert.Equal(changesBefore, await UpdatesWithChangesAsync());
    }

    private static JsonObject Editable(string body, string member)
    {
        var root = JsonNode.Parse(body)!.AsObject();
        return member == "" ? root : root[member]!.AsObject();
    }

    /// <summary>Audit entries of changes that changed a field, in every tenant and in the shared reference data.</summary>
    private async Task<int> UpdatesWithChangesAsync()
    {
        await using var db = app.Factory.CreateContext();
        return await db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.Action == AuditAction.Update && a.Changes.Count > 0);
    }
}
