using ItInventory.Web.Infrastructure.Editing;
using Microsoft.Net.Http.Headers;

namespace ItInventory.Web.Features.Api;

/// <summary>Entity versions as HTTP entity tags, so clients use the standard If-Match for optimistic concurrency.</summary>
public static class ETags
{
    public static string Format(Guid version) => $"\"{version:N}\"";

    /// <summary>The version the client loaded, from If-Match. Missing → 428; malformed → 412 (it cannot match).</summary>
    public static Guid RequiredVersion(HttpRequest request, string entityName)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            throw new PreconditionRequiredException();
        }

        if (EntityTagHeaderValue.TryParse(header, out var tag) && !tag.IsWeak && Guid.TryParseExact(tag.Tag.ToString().Trim('"'), "N", out var version))
        {
            return version;
        }

        // "*" or an unknown tag never names the stored version, so it is a failed precondition, not a bad request.
        throw new ConcurrencyConflictException(entityName, new object(), null);
    }

    public static void Set(HttpResponse response, Guid version) => response.Headers.ETag = Format(version);
}

/// <summary>An update or delete without If-Match: the API never overwrites blindly.</summary>
public sealed class PreconditionRequiredException()
    : Exception("Bitte senden Sie den Header If-Match mit dem ETag der Version, die Sie geändert haben.");
