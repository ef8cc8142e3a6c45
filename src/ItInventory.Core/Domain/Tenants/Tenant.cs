namespace ItInventory.Core.Domain.Tenants;

/// <summary>
/// A public body that keeps its own inventory in the installation (Mandant): a city, a Gemeinde, a Kreis, or the
/// municipal data centre itself. Every inventory record belongs to exactly one tenant; reference data (standards,
/// categories, price index) is shared by all.
/// </summary>
public class Tenant : Entity
{
    /// <summary>The tenant an installation starts with and an upgraded single-city database is moved into.</summary>
    public const int FirstId = 1;

    public string Name { get; set; } = "";
    public TenantKind Kind { get; set; }
    public FederalState FederalState { get; set; }

    /// <summary>The official key of its kind (<see cref="OfficialKeys"/>): AGS, Kreisschlüssel or Gemeindeverband's key.</summary>
    public string? OfficialKey { get; set; }

    /// <summary>The Amtlicher Regionalschlüssel, municipalities only.</summary>
    public string? RegionalKey { get; set; }

    /// <summary>Inhabitants, for per-capita figures; unknown for a new or upgraded tenant.</summary>
    public int? Inhabitants { get; set; }

    /// <summary>The tenant shares its figures in the comparison of municipalities; off until it decides otherwise.</summary>
    public bool TakesPartInComparison { get; set; }
}
