using ItInventory.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Infrastructure.Editing;

/// <summary>
/// The steps every inventory service takes to show, change or delete one record, written once: find it or say in
/// German that it is gone; save over the version the user loaded or report the conflict; delete only the version the
/// user saw. What differs between services (permission, validation, mapping, what blocks a delete) stays with them.
/// </summary>
public static class EditSkeleton
{
    /// <summary>The record with this id, or a <see cref="NotFoundException"/> naming it as users know it ("Der Vertrag").</summary>
    public static async Task<T> SingleOrNotFoundAsync<T>(this IQueryable<T> records, int id, string entityName,
        CancellationToken cancellationToken) where T : Entity =>
        await records.SingleOrDefaultAsync(e => e.Id == id, cancellationToken) ?? throw new NotFoundException(entityName, id);

    /// <summary>
    /// Saves the changes made to <paramref name="entity"/> over the version the user loaded and returns the new version.
    /// Every save renews the version, even one that changes no column of the record (only its links, or nothing), so
    /// "save" always means "these values, now", a concurrent edit is still caught, and later editors see a change.
    /// </summary>
    public static async Task<Guid> SaveEditAsync<T>(this DbContext db, T entity, Guid loadedVersion, string entityName,
        CancellationToken cancellationToken) where T : class, IVersioned
    {
        db.ExpectVersion(entity, loadedVersion);
        db.Entry(entity).Property(e => e.Version).IsModified = true;
        await db.SaveOrConflictAsync<T>(entityName, cancellationToken);
        return entity.Version;
    }

    /// <summary>Deletes <paramref name="entity"/> only if nobody saved it since the user loaded <paramref name="loadedVersion"/>.</summary>
    public static async Task DeleteEditAsync<T>(this DbContext db, T entity, Guid loadedVersion, string entityName,
        CancellationToken cancellationToken) where T : class, IVersioned
    {
        db.ExpectVersion(entity, loadedVersion);
        db.Remove(entity);
        await db.SaveOrConflictAsync<T>(entityName, cancellationToken);
    }
}
