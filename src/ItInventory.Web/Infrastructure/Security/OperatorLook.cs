using System.Globalization;
using System.Security.Claims;

namespace ItInventory.Web.Infrastructure.Security;

/// <summary>
/// An operator's explicit look into one tenant: two claims of that sign-in, the tenant and the role
/// <see cref="Roles.OperatorLooking"/>. The account itself keeps no tenant, so a new sign-in starts outside every tenant.
/// </summary>
public static class OperatorLook
{
    public static IReadOnlyList<Claim> ClaimsFor(int tenantId, string roleClaimType) =>
    [
        new(ITenantContext.ClaimType, tenantId.ToString(CultureInfo.InvariantCulture)),
        new(roleClaimType, Roles.OperatorLooking),
    ];

    /// <summary>The tenant an operator looks into, or null when the principal is not an operator looking into one.</summary>
    public static int? TenantOf(ClaimsPrincipal principal) =>
        principal.IsInRole(Roles.Operator) && principal.IsInRole(Roles.OperatorLooking) ? CurrentTenant.Of(principal) : null;

    /// <summary>An operator who has not switched into a tenant: sees the operator's pages, no tenant's data.</summary>
    public static bool IsOutsideTenants(ClaimsPrincipal principal) =>
        principal.IsInRole(Roles.Operator) && !principal.IsInRole(Roles.OperatorLooking);

    /// <summary>
    /// The security-stamp check rebuilds the principal from the account on every request; the look is not part of the
    /// account, so it is carried over, and only while the account is still an operator's.
    /// </summary>
    public static void CarryOver(ClaimsPrincipal current, ClaimsPrincipal rebuilt)
    {
        if (TenantOf(current) is not { } tenantId || !rebuilt.IsInRole(Roles.Operator) || rebuilt.Identity is not ClaimsIdentity identity)
        {
            return;
        }

        identity.AddClaims(ClaimsFor(tenantId, identity.RoleClaimType));
    }
}
