using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Features.Accounts;

public static class SingleSignOnEndpoints
{
    /// <summary>
    /// GET /anmelden/sso?returnUrl=/produkte: sends the browser to the identity provider; the login page links here.
    /// Mapped only with single sign-on switched on, like the OpenID Connect handler itself.
    /// </summary>
    public static IEndpointRouteBuilder MapSingleSignOnEndpoints(this IEndpointRouteBuilder endpoints)
    {
        if (!endpoints.ServiceProvider.GetRequiredService<IOptions<SingleSignOnOptions>>().Value.Enabled)
        {
            return endpoints;
        }

        endpoints.MapGet("/anmelden/sso", (string? returnUrl) =>
                Results.Challenge(new AuthenticationProperties { RedirectUri = LocalReturnUrl.Sanitize(returnUrl) }, [SingleSignOnOptions.Scheme]))
            .AllowAnonymous()
            .ExcludeFromDescription();
        return endpoints;
    }
}
