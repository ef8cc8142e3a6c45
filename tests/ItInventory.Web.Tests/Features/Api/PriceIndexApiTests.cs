using ItInventory.Web.Data.Entities;
using System.Net;
using System.Text.Json;
using static ItInventory.Web.Tests.Features.Api.ResourceApiTests;

namespace ItInventory.Web.Tests.Features.Api;

/// <summary><c>/api/v1/price-index</c>, addressed by the year: list, the service's rules, roles and token scopes, If-Match.</summary>
public class PriceIndexApiTests(ApiFixture app) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The_index_is_listed_by_year_in_a_range_and_sorted_on_request()
    {
        var range = await (await app.ReadOnlyItLeitung.GetAsync("/api/v1/price-index?fromYear=2020&toYear=2024")).JsonAsync();
        var byValue = await (await app.ReadOnlyItLeitung.GetAsync("/api/v1/price-index?sort=-value&pageSize=3")).JsonAsync();

        Assert.Equal(5, range.GetProperty("total").GetInt32());
        Assert.Equal([2020, 2021, 2022, 2023, 2024], range.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("year").GetInt32()));
        Assert.Equal(12, byValue.GetProperty("total").GetInt32());
        Assert.Equal([2025, 2024, 2023], byValue.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("year").GetInt32()));
    }

    [Fact]
    public async Task One_year_is_read_with_its_change_and_an_ETag()
    {
        var response = await app.ReadOnlyItLeitung.GetAsync("/api/v1/price-index/2024");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        var value = await response.JsonAsync();
        Assert.Equal(119.3m, value.GetProperty("value").GetDecimal());
        Assert.Equal(2.2m, value.GetProperty("changePercent").GetDecimal());
        Assert.False(value.GetProperty("isPreliminary").GetBoolean());

        var missing = await app.ReadOnlyItLeitung.GetAsync("/api/v1/price-index/1995");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("Für 1995 ist kein Indexwert erfasst.", (await missing.JsonAsync()).GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("""{"year":1989,"value":80.0}""", "Year", "Das Jahr muss zwischen 1990 und 2100 liegen.")]
    [InlineData("""{"year":2030,"value":0}""", "Value", "Der Indexwert muss größer als 0 sein.")]
    [InlineData("""{"year":2030}""", "Value", "Bitte geben Sie den Indexwert an (2020 = 100).")]
    public async Task Bad_values_are_refused_naming_the_field_in_German(string body, string field, string message)
    {
        var response = await app.Writer.PostAsync("/api/v1/price-index", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(message, Assert.Single((await response.JsonAsync()).GetProperty("errors").GetProperty(field).EnumerateArray()).GetString());
    }

    [Fact]
    public async Task A_year_that_has_a_value_already_is_a_German_409_naming_the_field()
    {
        var response = await app.Writer.PostAsync("/api/v1/price-index", Json("""{"year":2024,"value":120.0}"""));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Für 2024 gibt es schon einen Indexwert; bitte ändern Sie diesen.",
            Assert.Single((await response.JsonAsync()).GetProperty("errors").GetProperty("Year").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task Without_a_token_the_answer_is_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous.GetAsync("/api/v1/price-index")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous.PostAsync("/api/v1/price-index", Json("""{"year":2032,"value":130}"""))).StatusCode);
    }

    [Fact]
    public async Task Roles_and_scopes_without_the_permission_get_403()
    {
        var procurement = await app.Factory.CreateTokenClientAsync("beschaffung", TokenScope.Write);
        var current = await procurement.GetAsync("/api/v1/price-index/2025");

        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Rat.GetAsync("/api/v1/price-index")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ReadOnlyItLeitung.PostAsync("/api/v1/price-index", Json("""{"year":2032,"value":130}"""))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await procurement.PostAsync("/api/v1/price-index", Json("""{"year":2032,"value":130}"""))).StatusCode);
        var change = JsonDocument.Parse("""{"value":122.0}""").RootElement;
        Assert.Equal(HttpStatusCode.Forbidden, (await procurement.SendAsync(ApiClients.Put("/api/v1/price-index/2025", change, current.Headers.ETag!.Tag))).StatusCode);
        Assert.Equal(121.9m, (await (await app.Writer.GetAsync("/api/v1/price-index/2025")).JsonAsync()).GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task A_revision_needs_the_current_ETag_and_keeps_the_year()
    {
        var current = await app.Writer.GetAsync("/api/v1/price-index/2016");
        var etag = current.Headers.ETag!.Tag;
        var final = JsonDocument.Parse("""{"value":95.1,"isPreliminary":false}""").RootElement;

        Assert.Equal((HttpStatusCode)428, (await app.Writer.SendAsync(ApiClients.Put("/api/v1/price-index/2016", final, null))).StatusCode);
        var moved = await app.Writer.SendAsync(ApiClients.Put("/api/v1/price-index/2016", JsonDocument.Parse("""{"year":2015,"value":95.1}""").RootElement, etag));
        Assert.Equal(HttpStatusCode.BadRequest, moved.StatusCode);
        Assert.True((await moved.JsonAsync()).GetProperty("errors").TryGetProperty("Year", out _));
        var changed = await app.Writer.SendAsync(ApiClients.Put("/api/v1/price-index/2016", final, etag));
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await app.Writer.SendAsync(ApiClients.Put("/api/v1/price-index/2016", final, etag))).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await app.Writer.SendAsync(ApiClients.Delete("/api/v1/price-index/2016", etag))).StatusCode);

        var read = await app.Writer.GetAsync("/api/v1/price-index/2016");
        Assert.Equal(changed.Headers.ETag!.Tag, read.Headers.ETag!.Tag);
        Assert.Equal(95.1m, (await read.JsonAsync()).GetProperty("value").GetDecimal());
    }
}
