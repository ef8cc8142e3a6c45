using ItInventory.Web.Data.Entities;
using System.Net;
using ItInventory.Web.Tests.Support;

namespace ItInventory.Web.Tests.Features.Api;

public class RateLimitTests
{
    [Fact]
    public async Task Each_token_has_its_own_budget_per_minute_and_then_gets_a_German_429()
    {
        await using var factory = new InventoryAppFactory { Settings = new Dictionary<string, string?> { ["Api:RequestsPerMinute"] = "3" } };
        var first = await factory.CreateTokenClientAsync("beschaffung", TokenScope.Read);
        var second = await factory.CreateTokenClientAsync("beschaffung", TokenScope.Read);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/api/v1/departments")).StatusCode);
        }

        var refused = await first.GetAsync("/api/v1/departments");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal("Zu viele Anfragen.", (await refused.JsonAsync()).GetProperty("title").GetString());

        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/api/v1/departments")).StatusCode);
    }
}
