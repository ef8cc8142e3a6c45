using ItInventory.Web.Data;
using ItInventory.Web.Infrastructure.Security;

namespace ItInventory.Web.Tests.Support;

/// <summary>A private copy of the sample city (tenant 1) with a small <see cref="SecondTenant"/> beside it.</summary>
public abstract class TwoTenantsDatabase : IAsyncLifetime
{
    protected TestDatabase Db { get; private set; } = null!;
    protected SecondTenant Second { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Db = await TestDatabase.CreateSampleCityAsync();
        Second = await SecondTenant.AddAsync(Db.Provider, Db.ConnectionString);
    }

    public async Task DisposeAsync() => await Db.DisposeAsync();

    /// <summary>A context working in the given tenant, or in none.</summary>
    protected InventoryDbContext ContextOf(int? tenantId) =>
        DataServiceCollectionExtensions.CreateInventoryDbContext(Db.Provider, Db.ConnectionString, tenant: new FixedTenant(tenantId));
}
