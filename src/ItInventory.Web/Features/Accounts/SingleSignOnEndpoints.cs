using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Features.Accounts;

public static class SingleSignOnEndpoints
{
    /// <summary>GET /anmelden/sso?returnUrl=/produkte: sends the browser to the identity provider; the login page links here.</summary>
    public static IEndpointRouteBuilder MapSingleSignOnEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/anmelden/sso", (string? returnUrl, IOptions<SingleSignOnOptions> options) =>
                options.Value.Enabled
                    ? Results.Challenge(new AuthenticationProperties { RedirectUri = LocalReturnUrl.Sanitize(returnUrl) }, [SingleSignOnOptions.Scheme])
                    : Results.NotFound())
            .AllowAnonymous()
            .ExcludeFromDescription();
        return endpoints;
    }
}
