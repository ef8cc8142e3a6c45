using ItInventory.Core.Domain;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Auditing;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Audit;

/// <summary>Reads the audit trail. There is deliberately no method that changes or deletes an entry.</summary>
public sealed class AuditTrailService(IDbContextFactory<InventoryDbContext> contextFactory, ICurrentUser currentUser)
{
    public const int MaxPageSize = 500;

    /// <summary>The whole trail with filters: administrators only.</summary>
    public async Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.Administer);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entries = Filter(db.AuditEntries.AsNoTracking(), query);
        var total = await entries.CountAsync(cancellationToken);
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var page = await entries.OrderByDescending(e => e.Id)
            .Skip(Math.Max(0, query.Page) * pageSize).Take(pageSize)
            .Include(e => e.Changes)
            .ToListAsync(cancellationToken);
        return new AuditPage(page, total);
    }

    /// <summary>Every entry matching the filter, oldest first, streamed for the Excel export.</summary>
    public async IAsyncEnumerable<AuditEntry> StreamAsync(AuditQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.Administer);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await foreach (var entry in Filter(db.AuditEntries.AsNoTracking(), query).OrderBy(e => e.Id).Include(e => e.Changes).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return entry;
        }
    }

    /// <summary>The history of one record, newest first, for its detail page: everyone who may read the inventory.</summary>
    public async Task<IReadOnlyList<AuditEntry>> HistoryAsync(string entityType, int id, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == entityType && e.EntityId == key)
            .OrderByDescending(e => e.Id)
            .Include(e => e.Changes)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// A product's history with its cost lines' (created, changed, deleted): a new plan line changes the product's
    /// year, so its page must show who entered it. A line is the product's when it belongs to it now or its created or
    /// deleted entry names the product.
    /// </summary>
    public async Task<IReadOnlyList<AuditEntry>> ProductHistoryAsync(int productId, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var key = productId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var current = (await db.CostLines.Where(c => c.ProductId == productId).Select(c => c.Id).ToListAsync(cancellationToken))
            .Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var recorded = await db.AuditEntries
            .Where(e => e.EntityType == nameof(CostLine) && e.Changes.Any(c => c.Field == nameof(CostLine.ProductId) && (c.NewValue == key || c.OldValue == key)))
            .Select(e => e.EntityId!)
            .ToListAsync(cancellationToken);
        var lines = current.Concat(recorded).Distinct().ToArray();
        return await db.AuditEntries.AsNoTracking()
            .Where(e => (e.EntityType == "Product" && e.EntityId == key) || (e.EntityType == nameof(CostLine) && EF.Parameter(lines).Contains(e.EntityId!)))
            .OrderByDescending(e => e.Id)
            .Include(e => e.Changes)
            .ToListAsync(cancellationToken);
    }

    private static IQueryable<AuditEntry> Filter(IQueryable<AuditEntry> entries, AuditQuery query)
    {
        if (!string.IsNullOrWhiteSpace(query.UserName)) entries = entries.Where(e => e.UserName == query.UserName.Trim());
        if (!string.IsNullOrWhiteSpace(query.EntityType)) entries = entries.Where(e => e.EntityType == query.EntityType);
        if (!string.IsNullOrWhiteSpace(query.EntityId)) entries = entries.Where(e => e.EntityId == query.EntityId.Trim());
        if (query.Action is { } action) entries = entries.Where(e => e.Action == action);
        if (query.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(e => e.TimestampUtc >= start);
        }

        if (query.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(e => e.TimestampUtc < end);
        }

        return entries;
    }
}
