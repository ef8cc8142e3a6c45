namespace ItInventory.Core.Domain.Market;

/// <summary>
/// A product as a market entity (name, vendor, category), shared by every tenant and kept by the operator. A tenant's
/// <see cref="Product"/> links to it by its own decision; the comparison groups municipalities by it. Not tenant-owned.
/// </summary>
public class MarketProduct : Entity
{
    /// <summary>A stable key, the same in every installation, by which exchange files name the product (e.g. "meldewerk-ewo").</summary>
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>No longer offered: kept for the links that name it, offered for no new link.</summary>
    public bool Retired { get; set; }

    public int MarketVendorId { get; set; }
    public MarketVendor? MarketVendor { get; set; }
    public int CategoryId { get; set; }
    public ProductCategory? Category { get; set; }
}
