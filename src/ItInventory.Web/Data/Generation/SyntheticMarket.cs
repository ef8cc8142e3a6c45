using ItInventory.Core.Domain;
using ItInventory.Core.Domain.Market;

namespace ItInventory.Web.Data.Generation;

/// <summary>
/// The comparison data of a generated installation: a shared catalogue of invented market products spread over the
/// categories, to which the tenants' products link the way municipalities share software (a few market products per
/// category used by most of them, a long tail by few: Zipf), some contracts forbidding the disclosure of prices, and a
/// few city services per tenant with case numbers and OZG maturity, handled by linked products.
/// </summary>
internal static class SyntheticMarket
{
    private static readonly string[] VendorStems = ["Kommunwerk", "Civitas", "Amtsdata", "Regiosoft", "Rathausnet", "Verwaltix", "Bürgerlogic", "Aktenwerk", "Geoplan", "Finformat", "Sozialnet", "Meldix"];
    private static readonly string[] ProductStems = ["Pro", "Kommunal", "Online", "Suite", "Plus", "Classic", "Cloud", "Basis", "Flex", "Direkt"];

    /// <summary>The share of a tenant's products it links to the catalogue (the rest are local or not yet linked).</summary>
    private const double LinkShare = 0.7;

    /// <param name="products">The installation's product count: about one market product per 60 of them, at least two per category, at most 400.</param>
    public static List<MarketVendor> MakeCatalogue(SyntheticRandom random, IReadOnlyList<ProductCategory> categories, int products)
    {
        var count = Math.Clamp(products / 60, 2 * categories.Count, Math.Max(400, 2 * categories.Count));
        var vendors = Enumerable.Range(1, Math.Max(4, count / 6)).Select(n => new MarketVendor
        {
            Key = $"generiert-anbieter-{n:000}",
            Name = $"{random.Pick(VendorStems)} Generiert {n:000} GmbH",
        }).ToList();
        for (var n = 1; n <= count; n++)
        {
            var vendor = random.Pick(vendors);
            var category = categories[(n - 1) % categories.Count];
            vendor.Products.Add(new MarketProduct
            {
                Key = $"generiert-produkt-{n:000}",
                Name = $"{vendor.Name.Split(' ')[0]} {category.Name} {random.Pick(ProductStems)} {n:000}",
                CategoryId = category.Id,
                MarketVendor = vendor,
            });
        }

        return vendors;
    }

    /// <summary>
    /// Links most of a tenant's products to a market product of the same category, the popular ones far more often,
    /// each market product at most once per tenant (a municipality runs one installation of a product).
    /// </summary>
    public static void Link(SyntheticRandom random, IEnumerable<Product> products, IReadOnlyList<MarketProduct> catalogue)
    {
        var byCategory = catalogue.GroupBy(p => p.CategoryId).ToDictionary(g => g.Key, g => (Products: g.ToList(), Zipf: new ZipfDistribution(g.Count(), 1.2)));
        var used = new HashSet<int>();
        foreach (var product in products)
        {
            if (!random.Chance(LinkShare) || !byCategory.TryGetValue(product.CategoryId, out var market))
                continue;
            var chosen = market.Products[market.Zipf.Sample(random)];
            if (used.Add(chosen.Id))
                product.MarketProductId = chosen.Id;
        }
    }

    /// <summary>About one contract in twenty forbids disclosing its prices: its products' costs never leave the tenant.</summary>
    public static void MarkConfidential(SyntheticRandom random, IEnumerable<Contract> contracts)
    {
        foreach (var contract in contracts)
            contract.PricesConfidential = random.Chance(0.05);
    }

    /// <summary>
    /// Up to eight city services of distinct OZG services, each handled by one of the tenant's linked products, with a
    /// yearly case number and an OZG maturity level (model 2.0) where the municipality recorded them.
    /// </summary>
    public static List<CityService> MakeServices(SyntheticRandom random, IReadOnlyList<Product> products, IReadOnlyList<int> ozgServiceIds, int caseYear)
    {
        var linked = products.Where(p => p.MarketProductId is not null).ToList();
        if (linked.Count == 0 || ozgServiceIds.Count == 0)
            return [];
        var services = new List<CityService>();
        foreach (var ozg in Enumerable.Range(0, Math.Min(8, ozgServiceIds.Count)).Select(_ => random.Pick(ozgServiceIds)).Distinct())
        {
            var product = random.Pick(linked);
            services.Add(new CityService
            {
                OzgServiceId = ozg,
                AnnualCases = random.Chance(0.8) ? (int)Math.Clamp(random.LogNormal(800, 1.0), 10, 200_000) : null,
                CaseYear = caseYear,
                MaturityModel = MaturityModel.Version20,
                MaturityLevel = random.Chance(0.85) ? random.Pick((1, 15.0), (2, 30.0), (3, 35.0), (4, 15.0), (5, 5.0)) : null,
                MaturitySource = "Generiert",
                OnlineServiceName = random.Chance(0.6) ? "Online-Dienst Generiert" : null,
                Products = [new CityServiceProduct { ProductId = product.Id, IsSpecialisedProcedure = true }],
            });
        }

        return services;
    }
}
