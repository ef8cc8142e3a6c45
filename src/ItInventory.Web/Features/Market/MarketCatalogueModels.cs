namespace ItInventory.Web.Features.Market;

/// <summary>A vendor of the shared market catalogue as the editor lists it.</summary>
public sealed record MarketVendorRow(int Id, string Name, bool Retired, Guid Version, int Products);

/// <param name="Links">How many tenant products (of every tenant) link to it: such a product can be retired, not deleted.</param>
public sealed record MarketProductRow(
    int Id, string Key, string Name, int VendorId, string Vendor, int CategoryId, string Category, bool Retired, Guid Version, int Links);

/// <param name="Categories">The product categories a market product can have (id, name).</param>
public sealed record MarketCatalogue(
    IReadOnlyList<MarketVendorRow> Vendors, IReadOnlyList<MarketProductRow> Products, IReadOnlyList<KeyValuePair<int, string>> Categories);

/// <summary>A market vendor as the form edits it.</summary>
public sealed class MarketVendorInput
{
    public string Name { get; set; } = "";
    public Guid Version { get; set; }
}

/// <summary>A market product as the form edits it.</summary>
public sealed class MarketProductInput
{
    public string Name { get; set; } = "";
    public int VendorId { get; set; }
    public int CategoryId { get; set; }
    public Guid Version { get; set; }
}
