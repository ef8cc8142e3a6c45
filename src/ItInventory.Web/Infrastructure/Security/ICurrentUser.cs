using System.Security.Claims;

namespace ItInventory.Web.Infrastructure.Security;

/// <summary>The signed-in user of the current circuit or request. Services check permissions through it.</summary>
public interface ICurrentUser
{
    Task<ClaimsPrincipal> GetPrincipalAsync();

    async Task<string> GetNameAsync() => (await GetPrincipalAsync()).Identity?.Name ?? "anonym";

    async Task<bool> HasAsync(Permission permission) => PermissionsOf(await GetPrincipalAsync()).Contains(permission);

    /// <summary>Throws <see cref="AccessDeniedException"/> unless the user holds the permission.</summary>
    async Task DemandAsync(Permission permission)
    {
        if (!await HasAsync(permission))
        {
            throw new AccessDeniedException(permission);
        }
    }

    const string ScopeClaimType = "scope";

    static readonly IReadOnlySet<Permission> ReadPermissions = new HashSet<Permission> { Permission.ViewDashboard, Permission.ViewInventory, Permission.Export, Permission.ViewReferenceData };

    /// <summary>What the principal may do: its roles' permissions, narrowed by the installation and a token's scope. Every check ends here.</summary>
    static IReadOnlySet<Permission> PermissionsOf(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return new HashSet<Permission>();
        }

        var result = new HashSet<Permission>();
        foreach (var role in Roles.Permissions.Keys.Where(principal.IsInRole))
        {
            result.UnionWith(Roles.Permissions[role]);
        }

        if (!ReferenceDataAccess.Allows(principal))
        {
            result.Remove(Permission.EditReferenceData);
        }

        // A read-only API token may do what its user may read, nothing more.
        if (principal.FindFirst(ScopeClaimType)?.Value == "read")
        {
            result.IntersectWith(ReadPermissions);
        }

        return result;
    }
}
