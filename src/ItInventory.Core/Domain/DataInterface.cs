using ItInventory.Core.Domain.Tenants;

namespace ItInventory.Core.Domain;

/// <summary>A data flow from one product to another product or to an external system.</summary>
public class DataInterface : Entity, ITenantOwned
{
    public int TenantId { get; set; }

    public int SourceProductId { get; set; }
    public Product? SourceProduct { get; set; }
    public int? TargetProductId { get; set; }
    public Product? TargetProduct { get; set; }
    /// <summary>Name of the receiving system outside the inventory (e.g. "Bundesagentur für Arbeit").</summary>
    public string? ExternalSystem { get; set; }
    public int? StandardId { get; set; }
    public Standard? Standard { get; set; }
    public string? Description { get; set; }
}
