using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Data.Auditing;

/// <summary>Records events that are not data changes: logins, failed logins, role changes, exports.</summary>
public sealed class AuditLog(IDbContextFactory<InventoryDbContext> contextFactory)
{
    public async Task RecordAsync(AuditAction action, string userName, string summary, string? entityType = null, string? entityId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(new AuditEntry
        {
            TimestampUtc = DateTime.UtcNow,
            UserName = userName,
            Action = action,
            Summary = summary,
            EntityType = entityType,
            EntityId = entityId,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
