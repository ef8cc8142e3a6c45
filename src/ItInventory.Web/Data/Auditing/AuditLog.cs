using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Data.Auditing;

/// <summary>Records events that are not data changes: logins, failed logins, role changes, exports.</summary>
public sealed class AuditLog(IDbContextFactory<InventoryDbContext> contextFactory)
{
    public async Task RecordAsync(AuditAction action, string userName, string summary, string? entityType = null, string? entityId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var tenantId = db.CurrentTenantId ?? await TenantOfAsync(db, userName, cancellationToken);
        await AppendAsync(db, tenantId, action, userName, summary, entityType, entityId, cancellationToken);
    }

    /// <summary>Records an event in the trail of a named tenant, or with none in the installation's own trail.</summary>
    public async Task RecordInAsync(int? tenantId, AuditAction action, string userName, string summary, string? entityType = null, string? entityId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await AppendAsync(db, tenantId, action, userName, summary, entityType, entityId, cancellationToken);
    }

    /// <summary>
    /// Appends an event through <paramref name="db"/>, inside its transaction if one is open, without reading it back:
    /// a login is recorded for the user's tenant while the request has none yet, and PostgreSQL's row-level security
    /// lets such a connection append the entry but not see it (which reading back its generated key would need).
    /// </summary>
    public static async Task AppendAsync(InventoryDbContext db, int? tenantId, AuditAction action, string userName, string summary,
        string? entityType, string? entityId, CancellationToken cancellationToken)
    {
        var actionName = action.ToString();
        var timestamp = DateTime.UtcNow;
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "AuditEntries" ("TenantId", "TimestampUtc", "UserName", "Action", "Summary", "EntityType", "EntityId")
            VALUES ({tenantId}, {timestamp}, {userName}, {actionName}, {summary}, {entityType}, {entityId})
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
