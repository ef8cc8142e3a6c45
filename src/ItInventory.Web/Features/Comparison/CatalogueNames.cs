using ItInventory.Core.Comparison;
using ItInventory.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Comparison;

/// <summary>The shared catalogue's names for the keys the comparison works with: market products, vendors, categories.</summary>
public sealed class CatalogueNames(
    IReadOnlyDictionary<string, (string Name, string Vendor)> products, IReadOnlyDictionary<string, string> vendors, IReadOnlyDictionary<string, string> categories)
{
    public static async Task<CatalogueNames> LoadAsync(InventoryDbContext db, CancellationToken cancellationToken)
    {
        var products = await db.MarketProducts.AsNoTracking()
            .Select(p => new { p.Key, p.Name, Vendor = p.MarketVendor!.Name }).ToListAsync(cancellationToken);
        var vendors = await db.MarketVendors.AsNoTracking().ToDictionaryAsync(v => v.Key, v => v.Name, cancellationToken);
        var categories = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Name, cancellationToken);
        return new CatalogueNames(products.ToDictionary(p => p.Key, p => (p.Name, p.Vendor)), vendors, categories);
    }

    public string Product(string key) => products.TryGetValue(key, out var p) ? p.Name : key;

    public string Vendor(string key) => vendors.GetValueOrDefault(key, key);

    public string Subject(ComparisonScope scope, string key) => scope == ComparisonScope.MarketProduct
        ? products.TryGetValue(key, out var p) ? $"{p.Name} ({p.Vendor})" : key
        : categories.GetValueOrDefault(key, key);
}
