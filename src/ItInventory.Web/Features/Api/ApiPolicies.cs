using ItInventory.Web.Features.Api.Tokens;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace ItInventory.Web.Features.Api;

/// <summary>
/// API policies accept a browser session or a personal access token. They grant what the pages grant (ICurrentUser.PermissionsOf), and
/// a token must carry the write scope for anything that changes data.
/// </summary>
public static class ApiPolicies
{
    public static string For(Permission permission) => "Api." + permission;

    public static void Add(AuthorizationOptions options)
    {
        foreach (var permission in Enum.GetValues<Permission>())
        {
            var needsWrite = permission is not (Permission.ViewDashboard or Permission.ViewInventory or Permission.Export or Permission.ViewReferenceData);
            options.AddPolicy(For(permission), policy =>
            {
                policy.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, PersonalAccessTokenHandler.SchemeName);
                policy.RequireAuthenticatedUser().RequireAssertion(context => ICurrentUser.PermissionsOf(context.User).Contains(permission));
                if (needsWrite)
                {
                    policy.RequireAssertion(context => context.User.FindFirst(PersonalAccessTokenHandler.ScopeClaim)?.Value is null or "write");
                }
            });
        }
    }
}
