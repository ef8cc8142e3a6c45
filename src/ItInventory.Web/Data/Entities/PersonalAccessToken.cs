using ItInventory.Core.Domain.Tenants;

namespace ItInventory.Web.Data.Entities;

/// <summary>
/// A token another system uses to call the API on a user's behalf. Only a SHA-256 hash is stored; the token itself
/// is shown once, when it is created.
/// </summary>
public class PersonalAccessToken : ITenantOwned
{
    public int Id { get; set; }

    /// <summary>The tenant of its user when it was issued: the token reads and writes there only.</summary>
    public int TenantId { get; set; }
    public string UserId { get; set; } = "";
    public string Name { get; set; } = "";
    public TokenScope Scope { get; set; }
    /// <summary>Hex SHA-256 of the whole token.</summary>
    public string TokenHash { get; set; } = "";
    /// <summary>The first characters of the token, so a user can tell tokens apart without the secret.</summary>
    public string Prefix { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public DateTime ExpiresUtc { get; set; }
    public DateTime? RevokedUtc { get; set; }
    public DateTime? LastUsedUtc { get; set; }

    public bool IsUsableAt(DateTime utcNow) => RevokedUtc is null && ExpiresUtc > utcNow;
}

public enum TokenScope { Read, Write }
