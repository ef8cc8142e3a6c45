using ItInventory.Core.Domain.Tenants;

namespace ItInventory.Core.Domain;

/// <summary>An office of the city administration ("Amt"), numbered after the KGSt scheme.</summary>
public class Department : Entity, ITenantOwned
{
    public int TenantId { get; set; }

    /// <summary>KGSt number, kept as text ("33", "020").</summary>
    public string Number { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>The department's Leitweg-ID: e-invoices addressed to it (BT-10) are its costs.</summary>
    public string? LeitwegId { get; set; }

    public string DisplayName => $"{Number} {Name}";
}
