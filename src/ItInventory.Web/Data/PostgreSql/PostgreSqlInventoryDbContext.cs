using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Data.PostgreSql;

/// <summary>
/// The inventory on PostgreSQL. Same model as <see cref="InventoryDbContext"/>; a type of its own only so that EF keeps a
/// separate migration set (Data/Migrations/PostgreSql) and a separate cached model. Feature code never names this type:
/// it asks for <c>IDbContextFactory&lt;InventoryDbContext&gt;</c> and gets instances of it.
/// </summary>
/// <remarks>
/// Money is numeric(18,2) here, not the cents the SQLite variant needs. The concurrency token stays the app-renewed
/// <c>Version</c> Guid rather than PostgreSQL's <c>xmin</c>: the Guid is part of the domain (Core has no EF) and travels
/// through every edit form, ExpectVersion and the conflict dialog; xmin is a uint system column that would have to be a
/// second, provider-specific token the UI cannot carry. The Guid gives the same guarantee on both servers, because EF
/// puts its original value into the UPDATE's WHERE clause.
/// </remarks>
public sealed class PostgreSqlInventoryDbContext(DbContextOptions<PostgreSqlInventoryDbContext> options, ICurrentUser? currentUser = null, ITenantContext? tenant = null)
    : InventoryDbContext(options, currentUser, tenant)
{
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        base.OnConfiguring(optionsBuilder);
        optionsBuilder.AddInterceptors(TenantSessionInterceptor.Instance);
    }
}
