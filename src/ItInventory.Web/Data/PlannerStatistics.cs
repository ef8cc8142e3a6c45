using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Data;

/// <summary>
/// SQLite plans without statistics as if every equality were selective. Since every row carries its tenant, it would
/// then search cost lines by "TenantId = ?" (all of them in a single-city file) instead of by product: measured at
/// 20,000 products, the product list took 3.2 s instead of a few milliseconds. A sampled ANALYZE (1,000 rows per index,
/// milliseconds even at a million cost lines) after start-up and bulk writes tells it that one value covers the table.
/// PostgreSQL's autovacuum analyses a table only some time after a bulk write; until then, with the row-level security
/// condition beside the app's tenant filter, it planned cost sums over 20,000 new products as if there were a hundred
/// (3 to 6 s instead of milliseconds), so the tables a bulk write fills are analysed at once.
/// </summary>
public static class PlannerStatistics
{
    public static async Task RefreshAsync(InventoryDbContext db, CancellationToken cancellationToken = default)
    {
        await db.Database.ExecuteSqlRawAsync(
            db.Database.IsSqlite() ? "PRAGMA analysis_limit = 1000; ANALYZE;" : "ANALYZE \"Products\", \"CostLines\", \"Contracts\", \"ProductDepartments\", \"Vendors\";",
            cancellationToken);
    }
}
