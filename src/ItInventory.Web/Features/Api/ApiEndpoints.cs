using Microsoft.AspNetCore.Http.Features;
using ItInventory.Web.Features.Contracts;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace ItInventory.Web.Features.Api;

public static class ApiEndpoints
{
    public const string Prefix = "/api/v1";

    /// <summary>
    /// Error handling and the body size limit for <c>/api</c> only; call after authentication and authorization so the
    /// rate limiter can tell tokens apart.
    /// </summary>
    public static WebApplication UseInventoryApi(this WebApplication app)
    {
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api =>
        {
            api.UseExceptionHandler();
            api.Use(async (context, next) =>
            {
                var limit = context.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.MaxRequestBodyBytes;
                if (context.Request.ContentLength > limit)
                {
                    await ApiProblems.WriteAsync(context, ApiExceptionHandler.TooLarge(context));
                    return;
                }

                if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
                {
                    feature.MaxRequestBodySize = limit;
                }

                await next(context);
            });
        });
        app.UseRateLimiter();
        return app;
    }

    /// <summary>Maps every resource under <c>/api/v1</c>, the OpenAPI document and its Scalar reference.</summary>
    public static WebApplication MapInventoryApi(this WebApplication app)
    {
        var api = app.MapGroup(Prefix)
            .RequireRateLimiting(ApiServices.RateLimitPolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        ProductsApi.Map(api);
        VendorsApi.Map(api);
        DepartmentsApi.Map(api);
        ContractsApi.Map(api);
        CostLinesApi.Map(api);
        StandardsApi.Map(api);
        FindingsApi.Map(api);

        api.MapGet("/deadlines.ics", async (ContractService contracts, TimeProvider time, CancellationToken ct) =>
            {
                var listing = await contracts.ListAsync(new ContractQuery(), ct);
                var ics = DeadlinesCalendar.Write(listing.Rows, time.GetUtcNow().UtcDateTime);
                return TypedResults.Text(ics, "text/calendar; charset=utf-8");
            })
            .RequireAuthorization(ApiPolicies.For(Permission.ViewInventory))
            .WithTags("Verträge")
            .WithSummary("Vertragsfristen als Kalender (iCalendar)")
            .WithDescription("Kündigungsfristen und Entscheidungsdaten aller laufenden Verträge als ganztägige Termine. Kalenderprogramme können keine Header senden: abonnieren Sie /api/v1/deadlines.ics?token=itinv_… mit einem Lese-Token.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar");

        // The document and its reference hold no data, only the shape of the API; public, so integrators can read
        // them before they have a token.
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/scalar", options => options.WithTitle("ItInventory API")).AllowAnonymous();
        return app;
    }
}
