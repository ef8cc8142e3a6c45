using ItInventory.Core.Catalogue;
using ItInventory.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Data.Seeding;

/// <summary>What a catalogue load changed, and the source rows it skipped.</summary>
public sealed record CatalogueImportResult(int Added, int Updated, int Withdrawn, int Removed, IReadOnlyList<SkippedCatalogueRow> Skipped)
{
    public string Summary =>
        $"Leistungskatalog geladen: {Added} neu, {Updated} geändert, {Withdrawn} als entfallen markiert (noch verwendet), " +
        $"{Removed} entfernt, {Skipped.Count} Zeilen der Quelle übersprungen.";
}

/// <summary>
/// Brings the shared OZG/LeiKa catalogue in line with a newer one of the same layout: names and groupings are updated,
/// new entries added, and an entry the new catalogue lacks is removed, unless a city still uses it: then it is marked
/// withdrawn, so no city loses its record. The first load on an empty database is the same operation with only additions.
/// </summary>
public static class ServiceCatalogueImport
{
    public static async Task<CatalogueImportResult> ApplyAsync(InventoryDbContext db, OzgCatalogue catalogue, CancellationToken cancellationToken = default)
    {
        // The catalogue is shared: what any tenant uses counts, so the tenant filter is lifted for this question only.
        var usedOzg = (await db.CityServices.IgnoreQueryFilters().Select(s => s.OzgServiceId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var usedLeika = (await db.CityServices.IgnoreQueryFilters().Where(s => s.LeikaServiceId != null)
            .Select(s => s.LeikaServiceId!.Value).Distinct().ToListAsync(cancellationToken)).ToHashSet();

        var ozg = Merge(db, await db.OzgServices.ToListAsync(cancellationToken), catalogue.Services,
            s => s.OzgId, e => e.OzgId, usedOzg.Contains,
            (service, entry) => Apply(service, entry));
        var leika = Merge(db, await db.LeikaServices.ToListAsync(cancellationToken), catalogue.LeikaServices,
            s => s.Key, e => e.Key, usedLeika.Contains,
            (service, entry) => Apply(service, entry));

        return new CatalogueImportResult(
            ozg.Added + leika.Added, ozg.Updated + leika.Updated, ozg.Withdrawn + leika.Withdrawn, ozg.Removed + leika.Removed, catalogue.Skipped);
    }

    private readonly record struct Counts(int Added, int Updated, int Withdrawn, int Removed);

    private static Counts Merge<TEntity, TEntry>(
        InventoryDbContext db,
        List<TEntity> existing,
        IReadOnlyList<TEntry> entries,
        Func<TEntity, string> entityKey,
        Func<TEntry, string> entryKey,
        Func<int, bool> isUsed,
        Func<TEntity, TEntry, bool> apply)
        where TEntity : Entity, new()
    {
        var byKey = existing.ToDictionary(entityKey, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int added = 0, updated = 0, withdrawn = 0, removed = 0;
        foreach (var entry in entries)
        {
            var key = entryKey(entry);
            seen.Add(key);
            if (byKey.TryGetValue(key, out var entity))
            {
                updated += apply(entity, entry) ? 1 : 0;
                continue;
            }

            var created = new TEntity();
            apply(created, entry);
            db.Add(created);
            added++;
        }

        foreach (var entity in existing.Where(e => !seen.Contains(entityKey(e))))
        {
            if (!isUsed(entity.Id))
            {
                db.Remove(entity);
                removed++;
            }
            else if (MarkWithdrawn(entity))
            {
                withdrawn++;
            }
        }

        return new Counts(added, updated, withdrawn, removed);
    }

    private static bool MarkWithdrawn(Entity entity)
    {
        switch (entity)
        {
            case OzgService { IsWithdrawn: false } ozg:
                ozg.IsWithdrawn = true;
                return true;
            case LeikaService { IsWithdrawn: false } leika:
                leika.IsWithdrawn = true;
                return true;
            default:
                return false;
        }
    }

    /// <returns>True when an existing entry changed.</returns>
    private static bool Apply(OzgService service, OzgCatalogueEntry entry)
    {
        var changed = service.Name != entry.Name || service.LifeSituation != entry.LifeSituation
            || service.TopicArea != entry.TopicArea || service.IsWithdrawn;
        (service.OzgId, service.Name, service.LifeSituation, service.TopicArea, service.IsWithdrawn) =
            (entry.OzgId, entry.Name, entry.LifeSituation, entry.TopicArea, false);
        return changed;
    }

    private static bool Apply(LeikaService service, LeikaCatalogueEntry entry)
    {
        var changed = service.Name != entry.Name || service.LeikaType != entry.LeikaType
            || service.OzgId != entry.OzgId || service.IsWithdrawn;
        (service.Key, service.Name, service.LeikaType, service.OzgId, service.IsWithdrawn) =
            (entry.Key, entry.Name, entry.LeikaType, entry.OzgId, false);
        return changed;
    }
}
