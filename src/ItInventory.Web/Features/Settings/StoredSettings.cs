using System.Text.Json;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Entities;
using ItInventory.Web.Infrastructure.Editing;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Settings;

/// <summary>Reading and writing one tenant's settings section as JSON, with the version check every edit has.</summary>
public static class StoredSettings
{
    /// <summary>The stored section and its version, or null when none is stored.</summary>
    public static async Task<(T Value, Guid Version)?> LoadAsync<T>(InventoryDbContext db, string key, CancellationToken cancellationToken)
    {
        var stored = await db.Set<StoredSetting>().AsNoTracking().SingleOrDefaultAsync(s => s.Key == key, cancellationToken);
        return stored is not null && JsonSerializer.Deserialize<T>(stored.Json) is { } value ? (value, stored.Version) : null;
    }

    /// <summary>Creates or replaces the section; a version that is not the stored one is an edit conflict.</summary>
    public static async Task SaveAsync<T>(IDbContextFactory<InventoryDbContext> contextFactory, string key, T value, Guid? expectedVersion,
        string entityName, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.Set<StoredSetting>().SingleOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (stored is null)
        {
            if (expectedVersion is not null)
            {
                throw new ConcurrencyConflictException(entityName, null, null);
            }

            db.Add(new StoredSetting { Key = key, Json = JsonSerializer.Serialize(value) });
        }
        else
        {
            db.ExpectVersion(stored, expectedVersion ?? Guid.Empty);
            stored.Json = JsonSerializer.Serialize(value);
        }

        await db.SaveOrConflictAsync<StoredSetting>(entityName, cancellationToken);
    }
}
