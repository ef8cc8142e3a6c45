using ItInventory.Core.Domain.Tenants;

namespace ItInventory.Web.Data.Generation;

/// <summary>
/// The member bodies of a generated data centre, after the installation's first tenant: fictional names ("Gemeinde
/// Generiert 002"), mostly kreisangehörige Gemeinden, every tenth a Stadt, every fiftieth a Kreis, in
/// Nordrhein-Westfalen under keys of the right form that no real body has (NRW has no Regierungsbezirk 0).
/// All take part in the comparison, so a generated data centre has one to measure.
/// </summary>
internal static class GeneratedTenants
{
    /// <summary>About as many bodies as Germany has municipalities; the keys would run out at 90 Kreise of 999.</summary>
    public const int Most = 10_000;

    /// <param name="number">The tenant's place in the generated installation, from 2 on (1 is the first tenant).</param>
    public static Tenant Make(int number, SyntheticRandom random)
    {
        if (number % 50 == 0 && 10 + number / 50 <= 99)
        {
            return new Tenant
            {
                Name = $"Kreis Generiert {number:000}",
                Kind = TenantKind.Kreis,
                FederalState = FederalState.NordrheinWestfalen,
                OfficialKey = $"050{10 + number / 50:00}",
                Inhabitants = (int)Math.Clamp(random.LogNormal(250_000, 0.4), 100_000, 700_000),
                TakesPartInComparison = true,
            };
        }

        // Municipalities fill the fictional Kreise 05010, 05011, ... with 999 each; the ARS repeats the municipality's
        // number as its Gemeindeverband part, as NRW's keys do for a kreisangehörige Gemeinde.
        var index = number - 2;
        var kreis = 10 + index / 999;
        var municipality = index % 999 + 1;
        var isTown = number % 10 == 0;
        return new Tenant
        {
            Name = $"{(isTown ? "Stadt" : "Gemeinde")} Generiert {number:000}",
            Kind = TenantKind.KreisangehoerigeGemeinde,
            FederalState = FederalState.NordrheinWestfalen,
            OfficialKey = $"050{kreis:00}{municipality:000}",
            RegionalKey = $"050{kreis:00}0{municipality:000}{municipality:000}",
            Inhabitants = (int)Math.Clamp(random.LogNormal(isTown ? 45_000 : 12_000, 0.6), 1_000, 400_000),
            TakesPartInComparison = true,
        };
    }

    /// <summary>How many of the products each tenant gets: an even share, the first ones one more where it does not divide.</summary>
    public static int ProductsOf(int tenantIndex, int products, int tenants) => products / tenants + (tenantIndex < products % tenants ? 1 : 0);
}
