using ItInventory.Core.Domain;
using ItInventory.Core.Domain.Tenants;
using ItInventory.Web.Data;
using ItInventory.Web.Features.Comparison;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Tests.Features.Comparison;

/// <summary>
/// The sample city (taking part) with five further municipalities that use the same market product "MeldeWerk EWO"
/// (three in NRW, two in Bayern, all taking part) and one that uses it too but does not take part.
/// </summary>
public sealed class ComparisonTenants : IAsyncLifetime
{
    public const string MarketProduct = "meldewerk-ewo";
    public const string Hidden = "Gemeinde Verborgenheim";

    public static readonly (string Name, FederalState State, int Inhabitants, decimal Cost2024, decimal Cost2025)[] Others =
    [
        ("Stadt Vergleichsau", FederalState.NordrheinWestfalen, 25_431, 41_000m, 45_100m),
        ("Gemeinde Zahlenbach", FederalState.NordrheinWestfalen, 41_877, 60_000m, 61_200m),
        ("Stadt Mittelwerth", FederalState.NordrheinWestfalen, 63_219, 90_000m, 99_000m),
        ("Markt Quartilsried", FederalState.Bayern, 18_765, 30_000m, 36_000m),
        ("Stadt Medianhofen", FederalState.Bayern, 152_903, 200_000m, 204_000m),
    ];

    public TestDatabase Db { get; private set; } = null!;
    public Dictionary<string, int> TenantIds { get; } = [];

    public async Task InitializeAsync()
    {
        Db = await TestDatabase.CreateSampleCityAsync();
        await using (var city = Db.CreateContext())
        {
            var tenant = await city.Tenants.SingleAsync(t => t.Id == Tenant.FirstId);
            tenant.TakesPartInComparison = true;
            await city.SaveChangesAsync();
        }

        foreach (var other in Others)
            TenantIds[other.Name] = await AddAsync(other.Name, other.State, other.Inhabitants, other.Cost2024, other.Cost2025, takesPart: true);
        TenantIds[Hidden] = await AddAsync(Hidden, FederalState.NordrheinWestfalen, 31_337, 10m, 9_999_999m, takesPart: false);
    }

    public async Task DisposeAsync() => await Db.DisposeAsync();

    /// <summary>
    /// The participants' figures as one app instance keeps them: shared by every service made here, so the tests also
    /// show that a write (participation, a link, a cost) is seen at once.
    /// </summary>
    public ComparisonParticipants Participants { get; } = new();

    /// <summary>The service as it works for a user of the given tenant.</summary>
    public ComparisonService ServiceOf(int tenantId, string role = Roles.ItLeitung) =>
        new(FactoryOf(tenantId), FixedCurrentUser.WithRoles("pruefer", role), Db.Clock, Options.Create(new ComparisonOptions()), Participants);

    /// <summary>Contexts working in the given tenant, for other services over the same municipalities.</summary>
    public IDbContextFactory<InventoryDbContext> FactoryOf(int tenantId) => new TenantFactory(Db, tenantId);

    public async Task SetTakesPartAsync(int tenantId, bool takesPart)
    {
        await using var db = Db.CreateContext();
        var tenant = await db.Tenants.SingleAsync(t => t.Id == tenantId);
        tenant.TakesPartInComparison = takesPart;
        await db.SaveChangesAsync();
    }

    private async Task<int> AddAsync(string name, FederalState state, int inhabitants, decimal cost2024, decimal cost2025, bool takesPart)
    {
        var tenant = new Tenant { Name = name, Kind = TenantKind.KreisangehoerigeGemeinde, FederalState = state, Inhabitants = inhabitants, TakesPartInComparison = takesPart };
        await using (var first = Db.CreateContext())
        {
            first.Tenants.Add(tenant);
            await first.SaveChangesAsync();
        }

        await using var db = Db.CreateContext(tenant.Id);
        var market = await db.MarketProducts.SingleAsync(p => p.Key == MarketProduct);
        var department = new Department { Number = "33", Name = "Bürgeramt" };
        var vendor = new Vendor { Name = "Meldewerk Software GmbH", Kind = VendorKind.PrivateVendor };
        var product = new Product
        {
            InventoryNumber = "EWO-1", Name = "MeldeWerk EWO", CategoryId = market.CategoryId, OwnerDepartment = department, Vendor = vendor,
            MarketProductId = market.Id, UserCount = inhabitants / 2_000,
            UsingDepartments = [new ProductDepartment { Department = department, CostSharePercent = 100 }],
        };
        var contract = new Contract
        {
            ContractNumber = $"V-{name.GetHashCode():X8}", Title = "Pflege MeldeWerk", Vendor = vendor, EvbItType = EvbItType.PflegeS,
            Start = new DateOnly(2020, 1, 1), TermKind = ContractTermKind.OpenEnded, NoticePeriodMonths = 6, PriceAdjustment = PriceAdjustmentKind.Unilateral,
            Products = [product],
        };
        db.AddRange(department, vendor, product, contract,
            new CostLine { Product = product, Contract = contract, FiscalYear = 2024, CostType = CostType.Maintenance, Kind = CostKind.Actual, Amount = cost2024 },
            new CostLine { Product = product, Contract = contract, FiscalYear = 2025, CostType = CostType.Maintenance, Kind = CostKind.Actual, Amount = cost2025 });
        await db.SaveChangesAsync();
        return tenant.Id;
    }

    private sealed class TenantFactory(TestDatabase db, int tenantId) : IDbContextFactory<InventoryDbContext>
    {
        public InventoryDbContext CreateDbContext() => db.CreateContext(tenantId);
    }
}
