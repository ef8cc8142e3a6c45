using Microsoft.AspNetCore.Http.Features;
using ItInventory.Core.Validation;
using ItInventory.Web.Features.Contracts;
using ItInventory.Web.Features.Notifications;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace ItInventory.Web.Features.Api;

public static class ApiEndpoints
{
    public const string Prefix = "/api/v1";

    /// <summary>
    /// Error handling and the body size limit for <c>/api</c> only. Call before authentication, so that 401 and 403 become
    /// problem details too instead of the pages' HTML error page.
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

                // Checked before any endpoint binds it: PostgreSQL refuses U+0000 even in a search parameter (a 500).
                if (ApiQuery.UnstorableParameter(context.Request.Query) is { } parameter)
                {
                    await ApiProblems.WriteAsync(context, ApiProblems.Validation(new Dictionary<string, string[]> { [parameter] = [TextRules.NullCharacterMessage] },
                        "Ein Parameter der Anfrage ist ungültig."));
                    return;
                }

                await UnmatchedApiRequests.AuthenticateTokenAsync(context);
                await next(context);

                // Authentication, authorization and routing answer with bare status codes; an API client gets the
                // same German problem details as for every other error (and no HTML error page).
                if (!context.Response.HasStarted && context.Response.StatusCode >= 400 && context.Response.ContentLength is null
                    && string.IsNullOrEmpty(context.Response.ContentType))
                {
                    await ApiProblems.WriteAsync(context, StatusProblem(context.Response.StatusCode));
                }
            });
        });
        return app;
    }

    /// <summary>Call after authorization, which has authenticated the token, so each token gets its own budget.</summary>
    public static WebApplication UseInventoryApiRateLimiter(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    private static Microsoft.AspNetCore.Mvc.ProblemDetails StatusProblem(int status) => status switch
    {
        // Outside Development, minimal APIs answer unreadable JSON or parameters with a bare 400 instead of an exception.
        StatusCodes.Status400BadRequest => ApiProblems.Create(status, "Die Anfrage ist fehlerhaft.",
            "Der Inhalt der Anfrage ist kein gültiges JSON oder ein Parameter hat ein ungültiges Format."),
        StatusCodes.Status401Unauthorized => ApiProblems.Create(status, "Nicht angemeldet.",
            "Bitte senden Sie ein gültiges persönliches Zugriffstoken im Header „Authorization: Bearer itinv_…“."),
        StatusCodes.Status403Forbidden => ApiProblems.Create(status, "Keine Berechtigung.",
            "Ihre Rolle oder der Bereich Ihres Tokens (Lesen) erlaubt diese Anfrage nicht."),
        StatusCodes.Status404NotFound => ApiProblems.Create(status, "Nicht gefunden.", "Diese Adresse gibt es in der API nicht."),
        StatusCodes.Status405MethodNotAllowed => ApiProblems.Create(status, "Methode nicht erlaubt.", "Diese Adresse unterstützt die HTTP-Methode nicht."),
        StatusCodes.Status415UnsupportedMediaType => ApiProblems.Create(status, "Inhaltstyp nicht unterstützt.",
            "Bitte senden Sie den Inhalt als JSON mit Content-Type application/json."),
        _ => ApiProblems.Create(status, "Die Anfrage ist fehlgeschlagen."),
    };

    /// <summary>Maps every resource under <c>/api/v1</c>, the OpenAPI document and its Scalar reference.</summary>
    public static WebApplication MapInventoryApi(this WebApplication app)
    {
        var api = app.MapGroup(Prefix)
            .RequireRateLimiting(ApiServices.RateLimitPolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        ProductsApi.Map(api);
        CategoriesApi.Map(api);
        CityServicesApi.Map(api);
        VendorsApi.Map(api);
        DepartmentsApi.Map(api);
        ContractsApi.Map(api);
        CostLinesApi.Map(api);
        InvoicesApi.Map(api);
        StandardsApi.Map(api);
        ProductStandardsApi.Map(api);
        InterfacesApi.Map(api);
        PriceIndexApi.Map(api);
        FindingsApi.Map(api);
        ReportsApi.Map(api);
        ProjectionApi.Map(api);
        ExitApi.Map(api);
        ComparisonApi.Map(api);

        api.MapGet("/deadlines.ics", async (DeadlineFeed feed, HttpContext context, CancellationToken ct) =>
                TypedResults.Text(await feed.ForTenantAsync(context.RequestServices, CalendarEndpoints.BaseUrl(context.Request), ct), "text/calendar; charset=utf-8"))
            .RequireAuthorization(ApiPolicies.For(Permission.ViewInventory))
            .WithTags("Verträge")
            .WithSummary("Vertragsfristen als Kalender (iCalendar)")
            .WithDescription("Kündigungsfristen und Entscheidungsdaten aller laufenden Verträge als ganztägige Termine, mit einer Erinnerung (VALARM) je Vorlaufzeit des Vertrags. Kalenderprogramme können keine Header senden: abonnieren Sie /api/v1/deadlines.ics?token=itinv_… mit einem Lese-Token.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar");

        // The document and its reference hold no data, only the shape of the API; public, so integrators can read
        // them before they have a token.
        app.MapOpenApi().AllowAnonymous();
        // No fonts from Scalar's CDN: the Content-Security-Policy allows only the app's own (see SecurityHeaders).
        app.MapScalarApiReference("/scalar", options => options.WithTitle("ItInventory API").DisableDefaultFonts()).AllowAnonymous();
        return app;
    }
}
