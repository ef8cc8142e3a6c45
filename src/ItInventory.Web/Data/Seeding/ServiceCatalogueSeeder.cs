using ItInventory.Core.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Data.Seeding;

/// <summary>Loads the shared OZG/LeiKa catalogue from <c>seed-data/ozg</c> into a database that has none yet.</summary>
public sealed class ServiceCatalogueSeeder(IDbContextFactory<InventoryDbContext> contextFactory, ILogger<ServiceCatalogueSeeder> logger)
{
    public const string FolderName = "ozg";

    /// <returns>The load's result, or null when the catalogue was already there or the folder is missing.</returns>
    public async Task<CatalogueImportResult?> SeedIfEmptyAsync(string seedFolder, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var result = await LoadIfEmptyAsync(db, seedFolder, cancellationToken);
        if (result is not null)
        {
            logger.LogInformation("{Summary}", result.Summary);
            foreach (var row in result.Skipped.Where(r => !r.Reason.Contains(OzgCatalogueReader.NoLeikaKey)))
            {
                logger.LogInformation("Leistungskatalog: {Row}", row);
            }
        }

        return result;
    }

    /// <summary>
    /// Brings the catalogue in line with a newer one from <paramref name="folder"/> (the same four files): names updated,
    /// entries added, unused ones removed, used ones marked withdrawn. One save: the catalogue is changed whole or not at all.
    /// </summary>
    /// <exception cref="CatalogueFormatException">A file is missing or cannot be read as the catalogue's CSV.</exception>
    public async Task<CatalogueImportResult> ReimportAsync(string folder, CancellationToken cancellationToken = default)
    {
        var catalogue = OzgCatalogueReader.ReadFolder(folder);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var result = await ServiceCatalogueImport.ApplyAsync(db, catalogue, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("{Summary}", result.Summary);
        return result;
    }

    /// <summary>The load itself, saved on the given context (the sample city's seeder needs the catalogue first).</summary>
    internal static async Task<CatalogueImportResult?> LoadIfEmptyAsync(InventoryDbContext db, string seedFolder, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(seedFolder, FolderName);
        if (!Directory.Exists(folder) || await db.OzgServices.AnyAsync(cancellationToken))
        {
            return null;
        }

        var catalogue = OzgCatalogueReader.ReadFolder(folder);
        var suppressed = db.SuppressAudit;
        db.SuppressAudit = true;
        var result = await ServiceCatalogueImport.ApplyAsync(db, catalogue, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        db.SuppressAudit = suppressed;
        return result;
    }
}
