using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Data.Auditing;

/// <summary>Records events that are not data changes: logins, failed logins, role changes, exports.</summary>
public sealed class AuditLog(IDbContextFactory<InventoryDbContext> contextFactory)
{
    public async Task RecordAsync(AuditAction action, string userName, string summary, string? entityType = null, string? entityId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var tenantId = db.CurrentTenantId ?? await TenantOfAsync(db, userName, cancellationToken);
        var action_ = action.ToString();
        var timestamp = DateTime.UtcNow;
        // Written without reading it back: a login is recorded for the user's tenant while the request has none yet,
        // and PostgreSQL's row-level security lets such a connection append the entry but not see it (which reading
        // back the generated key would need).
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "AuditEntries" ("TenantId", "TimestampUtc", "UserName", "Action", "Summary", "EntityType", "EntityId")
            VALUES ({tenantId}, {timestamp}, {userName}, {action_}, {summary}, {entityType}, {entityId})
            """, cancellationToken);
    }

    /// <summary>
    /// Logins happen before anyone is signed in: the event belongs to the named user's tenant, so that its
    /// administrators see it; an unknown name in a single-tenant installation to that tenant, else to the operator.
    /// </summary>
    private static async Task<int?> TenantOfAsync(InventoryDbContext db, string userName, CancellationToken cancellationToken)
    {
        var normalized = userName.ToUpperInvariant();
        var user = await db.Users.Where(u => u.NormalizedUserName == normalized).Select(u => new { u.TenantId }).SingleOrDefaultAsync(cancellationToken);
        if (user is not null)
        {
            return user.TenantId;
        }

        var tenants = await db.Tenants.OrderBy(t => t.Id).Select(t => t.Id).Take(2).ToListAsync(cancellationToken);
        return tenants.Count == 1 ? tenants[0] : null;
    }
}
