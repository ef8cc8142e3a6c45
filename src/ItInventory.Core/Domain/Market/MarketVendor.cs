namespace ItInventory.Core.Domain.Market;

/// <summary>
/// A vendor as a market entity, shared by every tenant and kept by the operator (in a single-city installation, locally):
/// the common name under which municipalities compare what they pay it. Not tenant-owned.
/// </summary>
public class MarketVendor : Entity
{
    /// <summary>A stable key, the same in every installation that uses the published catalogue (e.g. "meldewerk").</summary>
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>No longer offered: kept for the links that name it, offered for no new link.</summary>
    public bool Retired { get; set; }

    public List<MarketProduct> Products { get; set; } = [];
}
