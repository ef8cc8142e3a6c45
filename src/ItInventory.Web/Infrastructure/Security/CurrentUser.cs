using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace ItInventory.Web.Infrastructure.Security;

/// <summary>
/// In an HTTP request (API, exports) the user comes from the request; in an interactive circuit, where there is
/// no live HttpContext, from the circuit's authentication state.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor httpContextAccessor, IServiceProvider services) : ICurrentUser
{
    public async Task<ClaimsPrincipal> GetPrincipalAsync()
    {
        var httpUser = httpContextAccessor.HttpContext?.User;
        if (httpUser?.Identity?.IsAuthenticated == true)
        {
            return httpUser;
        }

        var stateProvider = services.GetService<AuthenticationStateProvider>();
        if (stateProvider is null)
        {
            return new ClaimsPrincipal(new ClaimsIdentity());
        }

        try
        {
            return (await stateProvider.GetAuthenticationStateAsync()).User;
        }
        catch (InvalidOperationException)
        {
            // Outside a circuit the provider has no state yet; treat as anonymous.
            return new ClaimsPrincipal(new ClaimsIdentity());
        }
    }
}
