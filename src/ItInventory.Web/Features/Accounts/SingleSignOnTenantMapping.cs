using System.Security.Claims;

namespace ItInventory.Web.Features.Accounts;

/// <summary>A tenant as single sign-on can name it: by its official key or its name.</summary>
public sealed record SingleSignOnTenant(int Id, string Name, string? OfficialKey);

/// <summary>
/// Which tenant a person from the identity provider belongs to. With one tenant, everyone belongs to it and no claim
/// is needed; with several, the configured claim must name exactly one of them, by official key (e.g. the AGS) or by
/// name (ignoring case). Anything else is refused: a person must never land in a tenant by default.
/// </summary>
public static class SingleSignOnTenantMapping
{
    /// <returns>The tenant's id, or the reason (German, for the audit trail) why there is none.</returns>
    public static (int? TenantId, string? Problem) Resolve(IReadOnlyList<SingleSignOnTenant> tenants, IEnumerable<Claim> claims, string? claimType)
    {
        if (string.IsNullOrWhiteSpace(claimType))
        {
            return tenants.Count == 1
                ? (tenants[0].Id, null)
                : (null, "Die Installation hat mehrere Mandanten, aber die Einstellung Authentication:OpenIdConnect:TenantClaimType nennt keinen Claim, der den Mandanten angibt.");
        }

        var values = SingleSignOnRoleMapping.ClaimValues(claims, claimType);
        var matches = tenants
            .Where(t => values.Any(v => string.Equals(v, t.OfficialKey, StringComparison.Ordinal) || string.Equals(v, t.Name, StringComparison.OrdinalIgnoreCase)))
            .Select(t => t.Id).Distinct().ToList();
        var named = values.Count == 0 ? "keine Werte" : string.Join(", ", values.Select(v => $"„{v}“"));
        return matches switch
        {
            [var only] => (only, null),
            [] => (null, $"Der Claim „{claimType}“ ({named}) nennt keinen Mandanten dieser Installation."),
            _ => (null, $"Der Claim „{claimType}“ ({named}) nennt mehrere Mandanten."),
        };
    }
}
