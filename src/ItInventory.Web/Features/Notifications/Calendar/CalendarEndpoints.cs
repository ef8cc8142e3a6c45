using ItInventory.Web.Features.Api;

namespace ItInventory.Web.Features.Notifications;

/// <summary>
/// The private calendar feed, <c>/kalender/{token}.ics</c>: no cookie and no header (calendar clients send neither),
/// the token in the address is the only key. Unknown, malformed and revoked tokens all answer the same bare 404, so the
/// answer does not tell whether an address ever existed. Not part of the API document: it is a subscription address.
/// </summary>
public static class CalendarEndpoints
{
    public static WebApplication MapCalendarFeed(this WebApplication app)
    {
        app.MapGet("/kalender/{token}.ics", async (string token, DeadlineFeed feed, HttpRequest request, CancellationToken ct) =>
                await feed.ForTokenAsync(token, BaseUrl(request), ct) is { } ics
                    ? Results.Text(ics, "text/calendar; charset=utf-8")
                    : Results.NotFound())
            .AllowAnonymous()
            .RequireRateLimiting(ApiServices.RateLimitPolicy)
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>The app's address as the client reached it, for the contract links in the events.</summary>
    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
