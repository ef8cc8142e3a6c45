using System.Security.Claims;
using System.Text.Json;
using ItInventory.Web.Infrastructure.Security;

namespace ItInventory.Web.Features.Accounts;

/// <summary>
/// Turns the identity provider's group or role claim into the one app role a user has. Someone in several mapped groups
/// gets the most privileged of their roles (Administrator, then IT-Leitung, Beschaffung, Rat): each role's permissions
/// include the next one's, so the highest mapped role is exactly what their groups together grant.
/// </summary>
public static class SingleSignOnRoleMapping
{
    /// <summary>Most privileged first.</summary>
    public static readonly IReadOnlyList<string> RolesByPrivilege = [Roles.Administrator, Roles.ItLeitung, Roles.Beschaffung, Roles.Rat];

    /// <summary>The mapped role, or null when none of the claim values is mapped.</summary>
    public static string? MapRole(IEnumerable<Claim> claims, string roleClaimType, IReadOnlyDictionary<string, string> roleMapping)
    {
        var mapping = new Dictionary<string, string>(roleMapping.Select(m => KeyValuePair.Create(m.Key.Trim(), m.Value)), StringComparer.OrdinalIgnoreCase);
        var mappedRoles = ClaimValues(claims, roleClaimType)
            .Select(value => mapping.GetValueOrDefault(value))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        return RolesByPrivilege.FirstOrDefault(mappedRoles.Contains);
    }

    /// <summary>
    /// Every value of the claim type, whether it comes as one claim per value (ID token, userinfo) or as one claim
    /// holding a JSON array, as handlers do with arrays they do not split.
    /// </summary>
    public static IReadOnlyList<string> ClaimValues(IEnumerable<Claim> claims, string claimType) =>
        claims.Where(c => c.Type == claimType)
            .SelectMany(c => Split(c.Value))
            .Select(v => v.Trim())
            .Where(v => v.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<string> Split(string value)
    {
        if (!value.TrimStart().StartsWith('['))
        {
            return [value];
        }

        try
        {
            using var document = JsonDocument.Parse(value);
            return document.RootElement.EnumerateArray()
                .Select(element => element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText())
                .ToList();
        }
        catch (JsonException)
        {
            // Not JSON after all, e.g. a group literally named "[Extern] Kämmerei".
            return [value];
        }
    }
}
