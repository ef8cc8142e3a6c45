using System.Security.Claims;

namespace ItInventory.Web.Infrastructure.Security;

/// <summary>
/// Who edits the reference data all tenants share (standards catalogue, price index). A change there changes every
/// tenant's findings, so in an installation of several tenants only the operator makes it; a single-city installation
/// keeps its editors (Administration, IT-Leitung). The principal factory states "several tenants" by a claim on every
/// request and token (it rebuilds each one), so the rule holds from the moment a second tenant exists; principals that
/// code builds itself (command line, tests) stand for a single-city installation.
/// </summary>
public static class ReferenceDataAccess
{
    public const string ClaimType = "installation";
    public const string SeveralTenants = "mehrere-mandanten";

    public static bool Allows(ClaimsPrincipal principal) =>
        principal.IsInRole(Roles.Operator) || !principal.HasClaim(ClaimType, SeveralTenants);
}
