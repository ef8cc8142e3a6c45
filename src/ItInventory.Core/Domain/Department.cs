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

    /// <summary>Budget product of the kommunaler Produktrahmen ("11.1.11"), under which the department's IT costs are planned.</summary>
    public string? BudgetProduct { get; set; }
    /// <summary>The Sachkonto the department's IT costs are booked to ("543100").</summary>
    public string? BudgetAccount { get; set; }

    public string DisplayName => $"{Number} {Name}";
}
