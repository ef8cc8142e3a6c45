using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Threading.RateLimiting;
using ItInventory.Web.Features.Api.Tokens;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Features.Api;

public static class ApiServices
{
    public const string RateLimitPolicy = "api";

    public static IServiceCollection AddApiFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiOptions>().Bind(configuration.GetSection(ApiOptions.Section))
            .Validate(o => o.RequestsPerMinute > 0 && o.MaxRequestBodyBytes > 0, "Api:RequestsPerMinute und Api:MaxRequestBodyBytes müssen größer als 0 sein.")
            .ValidateOnStart();
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        // Outside Development a parameter that cannot be bound ("page=abc") would answer an empty 400; thrown, it
        // reaches the handler above, which names the parameter in German in every environment.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.TypeInfoResolver = (o.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver())
                .WithAddedModifier(StorableText.RefuseUnstorable);
            // The web defaults read numbers from strings too ("12"), which the OpenAPI document then has to describe
            // as "integer | string" with a pattern, and generated clients type every id as number | string. A number
            // is a JSON number; a string there is a German 400 naming the field (see BindingFailure).
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        services.AddOpenApi(ApiDocument.Configure);

        services.AddRateLimiter(options =>
        {
            options.AddPolicy(RateLimitPolicy, context =>
            {
                var limit = context.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.RequestsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(PartitionKey(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limit,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 60;
                context.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                await ApiProblems.WriteAsync(context.HttpContext, ApiProblems.Create(StatusCodes.Status429TooManyRequests, "Zu viele Anfragen.",
                    $"Es sind höchstens {context.HttpContext.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.RequestsPerMinute} Anfragen pro Minute erlaubt. Bitte versuchen Sie es in {retryAfter} Sekunden erneut."));
            };
        });
        return services;
    }

    /// <summary>Each token has its own budget; a browser session shares its user's.</summary>
    private static string PartitionKey(HttpContext context) =>
        context.User.FindFirstValue(PersonalAccessTokenHandler.TokenIdClaim) is { } tokenId ? "token:" + tokenId
        : context.User.Identity?.Name is { } name ? "user:" + name
        : "anonymous:" + context.Connection.RemoteIpAddress;
}
