using ItInventory.Core.Domain;
using ItInventory.Core.Domain.Market;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Data.Seeding;

/// <summary>
/// The fictional market catalogue of the sample data (<c>market-products.csv</c> beside the sample city's files, read
/// while the installation has none) and a sample tenant's links to it (<c>market-links.csv</c> in its folder: the
/// decision the city took, Product; MarketProduct).
/// </summary>
internal static class MarketCatalogueSeed
{
    public const string CatalogueFile = "market-products.csv";
    public const string LinksFile = "market-links.csv";

    /// <summary>Links the tenant's unsaved products to the catalogue, adding the catalogue first if it is new.</summary>
    public static async Task LinkAsync(InventoryDbContext db, string folder, IReadOnlyList<Product> products, CancellationToken cancellationToken)
    {
        if (!File.Exists(Path.Combine(folder, LinksFile)))
            return;
        var catalogue = await db.MarketProducts.ToDictionaryAsync(p => p.Key, StringComparer.Ordinal, cancellationToken);
        if (catalogue.Count == 0)
            catalogue = await ReadCatalogueAsync(db, CatalogueFolder(folder), cancellationToken);

        var byNumber = products.ToDictionary(p => p.InventoryNumber, StringComparer.Ordinal);
        foreach (var row in CsvTable.Load(folder, LinksFile, "Product", "MarketProduct").Rows)
            row.Lookup("Product", byNumber, "Das Produkt").MarketProduct = row.Lookup("MarketProduct", catalogue, "Das Marktprodukt");
    }

    // A further tenant's folder lies inside the sample city's, where the catalogue is.
    private static string CatalogueFolder(string folder) =>
        File.Exists(Path.Combine(folder, CatalogueFile)) ? folder : Directory.GetParent(Path.GetFullPath(folder))!.FullName;

    private static async Task<Dictionary<string, MarketProduct>> ReadCatalogueAsync(InventoryDbContext db, string folder, CancellationToken cancellationToken)
    {
        var categories = db.Categories.Local.Concat(await db.Categories.ToListAsync(cancellationToken))
            .DistinctBy(c => c.Code).ToDictionary(c => c.Code, StringComparer.Ordinal);
        var vendors = new Dictionary<string, MarketVendor>(StringComparer.Ordinal);
        var products = CsvTable.Load(folder, CatalogueFile, "Key", "Name", "VendorKey", "Vendor", "Category").Keyed("Key", row =>
        {
            var vendorKey = row.Required("VendorKey");
            if (!vendors.TryGetValue(vendorKey, out var vendor))
                vendors[vendorKey] = vendor = new MarketVendor { Key = vendorKey, Name = row.Required("Vendor") };
            return new MarketProduct
            {
                Key = row.Required("Key"),
                Name = row.Required("Name"),
                MarketVendor = vendor,
                Category = row.Lookup("Category", categories, "Die Kategorie"),
            };
        });
        db.MarketProducts.AddRange(products.Values);
        return products;
    }
}
