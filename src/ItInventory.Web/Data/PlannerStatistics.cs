using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Data;

/// <summary>
/// SQLite plans without statistics as if every equality were selective. Since every row carries its tenant, it would
/// then search cost lines by "TenantId = ?" (all of them in a single-city file) instead of by product: measured at
/// 20,000 products, the product list took 3.2 s instead of a few milliseconds. A sampled ANALYZE (1,000 rows per index,
/// milliseconds even at a million cost lines) after start-up and bulk writes tells it that one value covers the table.
/// PostgreSQL keeps its statistics itself.
/// </summary>
public static class PlannerStatistics
{
    public static async Task RefreshAsync(InventoryDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit = 1000; ANALYZE;", cancellationToken);
        }
    }
}
