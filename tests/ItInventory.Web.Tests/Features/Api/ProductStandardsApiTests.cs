using ItInventory.Web.Data.Entities;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using static ItInventory.Web.Tests.Features.Api.ResourceApiTests;

namespace ItInventory.Web.Tests.Features.Api;

/// <summary><c>/api/v1/product-standards</c>: the statements that feed compliance and lock-in, under the same rules as the product page.</summary>
public class ProductStandardsApiTests(ApiFixture app) : IClassFixture<ApiFixture>
{
    private const string Url = "/api/v1/product-standards";

    private async Task<(int ProductId, int StandardId)> FreePairAsync()
    {
        await using var context = app.Factory.CreateContext();
        var product = await context.Products.OrderByDescending(p => p.Id).FirstAsync();
        var standard = await context.Standards.Where(s => !context.ProductStandards.Any(p => p.ProductId == product.Id && p.StandardId == s.Id))
            .OrderByDescending(s => s.Id).FirstAsync();
        return (product.Id, standard.Id);
    }

    [Fact]
    public async Task A_statement_is_listed_read_created_changed_and_deleted_with_etags()
    {
        var (productId, standardId) = await FreePairAsync();

        var created = await app.Writer.PostAsync(Url, Json($$"""{"productId":{{productId}},"standardId":{{standardId}},"status":"Partial","standardVersion":"3.1","verification":"Tested"}"""));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = created.Headers.Location!.OriginalString;
        var etag = created.Headers.ETag!.Tag;
        Assert.Equal("Partial", (await created.JsonAsync()).GetProperty("fields").GetProperty("status").GetString());

        var list = await (await app.Writer.GetAsync($"{Url}?productId={productId}&sort=-standard&pageSize=200")).JsonAsync();
        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, i => i.GetProperty("standardId").GetInt32() == standardId && i.GetProperty("standardVersion").GetString() == "3.1");
        Assert.All(items, i => Assert.Equal(productId, i.GetProperty("productId").GetInt32()));
        var codes = items.Select(i => i.GetProperty("standardCode").GetString()).ToList();
        Assert.Equal(codes.OrderByDescending(c => c, StringComparer.Ordinal), codes);

        var change = JsonDocument.Parse($$"""{"productId":{{productId}},"standardId":{{standardId}},"status":"Supported","verification":"Certified"}""").RootElement;
        Assert.Equal((HttpStatusCode)428, (await app.Writer.SendAsync(ApiClients.Put(location, change, null))).StatusCode);
        var changed = await app.Writer.SendAsync(ApiClients.Put(location, change, etag));
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await app.Writer.SendAsync(ApiClients.Put(location, change, etag))).StatusCode);

        var read = await app.Writer.GetAsync(location);
        Assert.Equal(changed.Headers.ETag!.Tag, read.Headers.ETag!.Tag);
        Assert.Equal("Certified", (await read.JsonAsync()).GetProperty("fields").GetProperty("verification").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await app.Writer.SendAsync(ApiClients.Delete(location, changed.Headers.ETag!.Tag))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Writer.GetAsync(location)).StatusCode);
    }

    [Fact]
    public async Task A_duplicate_statement_is_a_German_field_error_with_409()
    {
        int productId, standardId;
        await using (var context = app.Factory.CreateContext())
        {
            var existing = await context.ProductStandards.OrderBy(s => s.Id).FirstAsync();
            (productId, standardId) = (existing.ProductId, existing.StandardId);
        }

        var response = await app.Writer.PostAsync(Url, Json($$"""{"productId":{{productId}},"standardId":{{standardId}}}"""));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var message = Assert.Single((await response.JsonAsync()).GetProperty("errors").GetProperty("StandardId").EnumerateArray()).GetString();
        Assert.Contains("gibt es schon eine Angabe", message);
    }

    [Fact]
    public async Task Procurement_and_read_tokens_may_read_but_not_write_and_the_council_may_not_read()
    {
        var (productId, standardId) = await FreePairAsync();
        var body = $$"""{"productId":{{productId}},"standardId":{{standardId}}}""";
        var procurement = await app.Factory.CreateTokenClientAsync("beschaffung", TokenScope.Write);

        Assert.Equal(HttpStatusCode.OK, (await procurement.GetAsync(Url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await procurement.PostAsync(Url, Json(body))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ReadOnlyItLeitung.PostAsync(Url, Json(body))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Rat.GetAsync(Url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous.GetAsync(Url)).StatusCode);
    }
}
