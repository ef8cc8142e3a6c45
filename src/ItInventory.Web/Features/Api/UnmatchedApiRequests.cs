using ItInventory.Web.Features.Api.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace ItInventory.Web.Features.Api;

/// <summary>
/// Requests under <c>/api</c> that reach no API endpoint: an unknown route, a non-numeric id, a wrong method (405) or
/// content type (415). Those fall under the app's fallback policy, which knows only the login cookie, so a client with
/// a valid token was told 401 "Nicht angemeldet". Here the token is read for them too, so the client learns what is
/// really wrong; without a valid token the answer stays 401 and reveals no routes.
/// </summary>
public static class UnmatchedApiRequests
{
    public static async Task AuthenticateTokenAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IAuthorizeData>() is not null
            || context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null
            || !context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var result = await context.AuthenticateAsync(PersonalAccessTokenHandler.SchemeName);
        if (result.Succeeded)
        {
            context.User = result.Principal;
        }
    }
}
