using ItInventory.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Infrastructure.Editing;

/// <summary>Optimistic concurrency for any context: works on <see cref="DbContext"/>, so Infrastructure needs no part of Data.</summary>
public static class ConcurrencySaving
{
    /// <summary>
    /// Marks <paramref name="entity"/> as loaded at <paramref name="expectedVersion"/>, so EF's UPDATE only succeeds
    /// when nobody saved in between.
    /// </summary>
    public static void ExpectVersion<T>(this DbContext db, T entity, Guid expectedVersion) where T : class, IVersioned =>
        db.Entry(entity).Property(e => e.Version).OriginalValue = expectedVersion;

    /// <summary>Saves; a lost race becomes a <see cref="ConcurrencyConflictException"/> with the current values.</summary>
    public static async Task SaveOrConflictAsync<T>(this DbContext db, string entityName, CancellationToken cancellationToken = default)
        where T : class, IVersioned
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            var entry = ex.Entries.FirstOrDefault(e => e.Entity is T) ?? ex.Entries.First();
            var current = await entry.GetDatabaseValuesAsync(cancellationToken);
            throw new ConcurrencyConflictException(entityName, current?.ToObject(), current?.GetValue<Guid>(nameof(IVersioned.Version)));
        }
    }
}
