using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Data.Tenancy;

/// <summary>
/// A context of another tenant on the same database: the only way to read across tenants, one tenant at a time, with
/// that tenant's query filter (and, on PostgreSQL, its row-level security) in force.
/// </summary>
public static class TenantContexts
{
    public static InventoryDbContext For(InventoryDbContext like, int tenantId)
    {
        var provider = like.Database.IsSqlite() ? DatabaseProvider.Sqlite : DatabaseProvider.PostgreSql;
        return DataServiceCollectionExtensions.CreateInventoryDbContext(provider, like.Database.GetConnectionString()!, tenant: new FixedTenant(tenantId));
    }
}
