using ItInventory.Core.Domain.Tenants;
using ItInventory.Core.Validation;

namespace ItInventory.Web.Features.Operations;

/// <summary>The operator's form for a new tenant and its first administrator.</summary>
public sealed class NewTenant
{
    public string? Name { get; set; }
    public TenantKind Kind { get; set; } = TenantKind.KreisangehoerigeGemeinde;
    public FederalState FederalState { get; set; } = FederalState.NordrheinWestfalen;
    public string? OfficialKey { get; set; }
    public string? RegionalKey { get; set; }
    public int? Inhabitants { get; set; }

    public string? AdminUserName { get; set; }
    public string? AdminDisplayName { get; set; }
    public string? AdminEmail { get; set; }
    public string? AdminPassword { get; set; }

    /// <summary>The tenant as entered, names cleaned of invisible characters and keys of blanks.</summary>
    public Tenant ToTenant() => new()
    {
        Name = NameRules.Clean(Name),
        Kind = Kind,
        FederalState = FederalState,
        OfficialKey = Key(OfficialKey),
        RegionalKey = Key(RegionalKey),
        Inhabitants = Inhabitants,
    };

    private static string? Key(string? text) => NameRules.Clean(text) is { Length: > 0 } key ? key : null;
}
