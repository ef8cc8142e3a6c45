using ItInventory.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Data.Seeding;

/// <summary>
/// The reference data all tenants share (standards, product categories with the standards they require, the price
/// index), by code. The installation reads it once, from the sample city's files; a further sample tenant's files refer
/// to what the database already holds.
/// </summary>
internal sealed record ReferenceData(
    IReadOnlyDictionary<string, Standard> Standards,
    IReadOnlyDictionary<string, ProductCategory> Categories,
    IReadOnlyList<PriceIndexValue> PriceIndex)
{
    public static ReferenceData Read(string folder)
    {
        var priceIndex = CsvTable.Load(folder, "price-index.csv", "Year", "Value").Keyed("Year",
            row => new PriceIndexValue { Year = row.Int("Year"), Value = row.Decimal("Value"), IsPreliminary = row.Bool("Preliminary") });

        var standards = CsvTable.Load(folder, "standards.csv", "Code", "Name", "Kind", "BindingStatus").Keyed("Code",
            row => new Standard
            {
                Code = row.Required("Code"),
                Name = row.Required("Name"),
                Kind = row.Enum<StandardKind>("Kind"),
                Maintainer = row.Optional("Maintainer"),
                BindingStatus = row.Enum<BindingStatus>("BindingStatus"),
                LegalBasis = row.Optional("LegalBasis"),
                Description = row.Optional("Description"),
            });

        var categories = CsvTable.Load(folder, "categories.csv", "Code", "Name").Keyed("Code",
            row => new ProductCategory { Code = row.Required("Code"), Name = row.Required("Name") });

        foreach (var row in CsvTable.Load(folder, "category-standards.csv", "Category", "Standard", "Level").Rows)
        {
            var category = row.Lookup("Category", categories, "Die Kategorie");
            var standard = row.Lookup("Standard", standards, "Der Standard");
            if (category.Requirements.Any(r => r.Standard == standard))
            {
                throw row.Error($"Der Standard „{standard.Code}“ ist der Kategorie „{category.Code}“ bereits zugeordnet.");
            }

            category.Requirements.Add(new CategoryStandard { Category = category, Standard = standard, Level = row.Enum<RequirementLevel>("Level") });
        }

        return new ReferenceData(standards, categories, priceIndex.Values.ToList());
    }

    /// <summary>What the installation already holds, tracked by the context, so new records can point at it.</summary>
    public static async Task<ReferenceData> LoadAsync(InventoryDbContext db, CancellationToken cancellationToken) => new(
        await db.Standards.ToDictionaryAsync(s => s.Code, StringComparer.Ordinal, cancellationToken),
        await db.Categories.ToDictionaryAsync(c => c.Code, StringComparer.Ordinal, cancellationToken),
        []);
}
