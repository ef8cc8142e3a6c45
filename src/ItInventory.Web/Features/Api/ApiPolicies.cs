using ItInventory.Web.Features.Api.Tokens;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace ItInventory.Web.Features.Api;

/// <summary>
/// API policies accept a browser session or a personal access token. They require the same roles as the pages, and
/// a token must carry the write scope for anything that changes data.
/// </summary>
public static class ApiPolicies
{
    public static string For(Permission permission) => "Api." + permission;

    public static void Add(AuthorizationOptions options)
    {
        foreach (var permission in Enum.GetValues<Permission>())
        {
            var roles = Roles.Permissions.Where(r => r.Value.Contains(permission)).Select(r => r.Key).ToArray();
            var needsWrite = permission is not (Permission.ViewDashboard or Permission.ViewInventory or Permission.Export);
            options.AddPolicy(For(permission), policy =>
            {
                policy.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, PersonalAccessTokenHandler.SchemeName);
                policy.RequireAuthenticatedUser().RequireRole(roles);
                if (needsWrite)
                {
                    policy.RequireAssertion(context => context.User.FindFirst(PersonalAccessTokenHandler.ScopeClaim)?.Value is null or "write");
                }
            });
        }
    }
}
