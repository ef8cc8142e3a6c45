using System.Globalization;
using System.Security.Claims;

namespace ItInventory.Web.Infrastructure.Security;

/// <summary>
/// The tenant of the signed-in user or API token, from its <see cref="ITenantContext.ClaimType"/> claim; none for
/// anonymous requests, unless work without a user (start-up, command line) assumed one. Read when a query runs, which is synchronous inside EF: the principal of a request or circuit
/// is already known by then (the authentication state of a circuit is a completed task).
/// </summary>
public sealed class CurrentTenant(ICurrentUser currentUser) : ITenantContext
{
    private int? _tenantId;

    /// <summary>For work without a signed-in user in this scope: start-up seeding and command-line verbs.</summary>
    public void Assume(int tenantId) => _tenantId = tenantId;

    // Only a found tenant is kept: a scope asked before its user was known must not stay without one.
    public int? TenantId => _tenantId ??= Of(currentUser.GetPrincipalAsync().GetAwaiter().GetResult());

    public static int? Of(ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true
        && int.TryParse(principal.FindFirst(ITenantContext.ClaimType)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
}
