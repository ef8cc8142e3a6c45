using ItInventory.Web.Data.Entities;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using static ItInventory.Web.Tests.Features.Api.ResourceApiTests;

namespace ItInventory.Web.Tests.Features.Api;

/// <summary><c>/api/v1/interfaces</c>: filters, the service's rules as German problems, roles and token scopes, If-Match.</summary>
public class InterfacesApiTests(ApiFixture app) : IClassFixture<ApiFixture>
{
    private const string NewInterface = """{"sourceProductId":2,"externalSystem":"Kraftfahrt-Bundesamt","description":"Halterauskunft"}""";

    [Fact]
    public async Task A_products_interfaces_are_the_ones_its_page_shows()
    {
        var product = await (await app.ReadOnlyItLeitung.GetAsync("/api/v1/products/1")).JsonAsync();
        var shown = product.GetProperty("product").GetProperty("incomingInterfaces").GetArrayLength()
                    + product.GetProperty("product").GetProperty("outgoingInterfaces").GetArrayLength();

        var list = await (await app.ReadOnlyItLeitung.GetAsync("/api/v1/interfaces?productId=1&pageSize=200")).JsonAsync();

        Assert.True(shown > 1);
        Assert.Equal(shown, list.GetProperty("total").GetInt32());
        Assert.All(list.GetProperty("items").EnumerateArray(), i =>
            Assert.True(i.GetProperty("sourceProductId").GetInt32() == 1 || (i.GetProperty("targetProductId").ValueKind == JsonValueKind.Number && i.GetProperty("targetProductId").GetInt32() == 1)));
    }

    [Fact]
    public async Task Filters_sort_and_page_combine()
    {
        var page = await (await app.ReadOnlyItLeitung.GetAsync("/api/v1/interfaces?external=true&proprietary=false&sort=-target&pageSize=5&page=2")).JsonAsync();

        // The expected order comes from the app's own database, so its collation decides, as it does for the API.
        await using var context = app.Factory.CreateContext();
        var matching = context.Interfaces.Where(i => i.TargetProductId == null && i.StandardId != null);
        var expected = await matching.OrderByDescending(i => i.ExternalSystem).ThenBy(i => i.SourceProduct!.Name).ThenBy(i => i.Id)
            .Skip(5).Take(5).Select(i => i.Id).ToListAsync();
        Assert.True(expected.Count == 5, "zu wenige externe Schnittstellen mit Standard in der Musterstadt");
        Assert.Equal(await matching.CountAsync(), page.GetProperty("total").GetInt32());
        Assert.Equal(2, page.GetProperty("page").GetInt32());
        Assert.Equal(expected, page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task Both_targets_at_once_are_refused_naming_the_field_in_German()
    {
        var response = await app.Writer.PostAsync("/api/v1/interfaces", Json("""{"sourceProductId":1,"targetProductId":2,"externalSystem":"Bundesagentur für Arbeit"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Equal("Eine Schnittstelle führt entweder zu einem Produkt des Inventars oder zu einem externen System, nicht zu beidem.",
            Assert.Single(errors.GetProperty("ExternalSystem").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task Without_a_token_the_answer_is_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous.GetAsync("/api/v1/interfaces")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous.PostAsync("/api/v1/interfaces", Json(NewInterface))).StatusCode);
    }

    [Fact]
    public async Task Roles_and_scopes_without_the_permission_get_403()
    {
        var procurement = await app.Factory.CreateTokenClientAsync("beschaffung", TokenScope.Write);

        Assert.Equal(HttpStatusCode.Forbidden, (await app.Rat.GetAsync("/api/v1/interfaces")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ReadOnlyItLeitung.PostAsync("/api/v1/interfaces", Json(NewInterface))).StatusCode);
        // Procurement reads the inventory but does not maintain interfaces.
        Assert.Equal(HttpStatusCode.OK, (await procurement.GetAsync("/api/v1/interfaces/1")).StatusCode);
        var refused = await procurement.PostAsync("/api/v1/interfaces", Json(NewInterface));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("Keine Berechtigung.", (await refused.JsonAsync()).GetProperty("title").GetString());
        var existing = await procurement.GetAsync("/api/v1/interfaces/1");
        Assert.Equal(HttpStatusCode.Forbidden, (await procurement.SendAsync(ApiClients.Delete("/api/v1/interfaces/1", existing.Headers.ETag!.Tag))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Writer.GetAsync("/api/v1/interfaces/1")).StatusCode);
    }

    [Fact]
    public async Task Changes_need_the_current_ETag()
    {
        var created = await app.Writer.PostAsync("/api/v1/interfaces", Json(NewInterface));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = created.Headers.Location!.OriginalString;
        var etag = created.Headers.ETag!.Tag;
        var change = JsonDocument.Parse("""{"sourceProductId":2,"externalSystem":"Kraftfahrt-Bundesamt","description":"Halterauskunft (ZEVIS)"}""").RootElement;

        Assert.Equal((HttpStatusCode)428, (await app.Writer.SendAsync(ApiClients.Put(location, change, null))).StatusCode);
        var changed = await app.Writer.SendAsync(ApiClients.Put(location, change, etag));
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        var stale = await app.Writer.SendAsync(ApiClients.Put(location, change, etag));
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(changed.Headers.ETag!.Tag, (await stale.JsonAsync()).GetProperty("currentETag").GetString());
        Assert.Equal((HttpStatusCode)428, (await app.Writer.SendAsync(ApiClients.Delete(location, null))).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await app.Writer.SendAsync(ApiClients.Delete(location, etag))).StatusCode);

        var read = await (await app.Writer.GetAsync(location)).JsonAsync();
        Assert.Equal("Halterauskunft (ZEVIS)", read.GetProperty("description").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await app.Writer.SendAsync(ApiClients.Delete(location, changed.Headers.ETag!.Tag))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Writer.GetAsync(location)).StatusCode);
    }
}
