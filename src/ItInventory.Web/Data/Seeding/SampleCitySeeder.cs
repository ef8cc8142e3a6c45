using ItInventory.Web.Data.Auditing;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Data.Seeding;

/// <summary>Loads the sample city into an empty database, all in one transaction.</summary>
public sealed class SampleCitySeeder(IDbContextFactory<InventoryDbContext> contextFactory, ILogger<SampleCitySeeder> logger)
{
    /// <returns>True when the sample city was loaded; false when the database already holds an inventory.</returns>
    public async Task<bool> SeedIfEmptyAsync(string seedFolder, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Departments.AnyAsync(cancellationToken) || await db.Products.AnyAsync(cancellationToken))
        {
            return false;
        }

        // Read and check everything first; only a complete, consistent city is written.
        var city = new SampleCityReader(seedFolder).Read();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.SuppressAudit = true;
        db.AddRange(city.Departments);
        db.AddRange(city.PriceIndex);
        db.AddRange(city.Standards);
        db.AddRange(city.Categories);
        db.AddRange(city.Vendors);
        db.AddRange(city.Products);
        db.AddRange(city.Contracts);
        db.AddRange(city.Interfaces);
        db.AddRange(city.CostLines);
        db.AuditEntries.Add(new AuditEntry
        {
            TimestampUtc = DateTime.UtcNow,
            UserName = db.SystemUserName,
            Action = AuditAction.Import,
            Summary = $"Beispielstadt geladen: {city.Products.Count} Produkte, {city.Vendors.Count} Anbieter, {city.Contracts.Count} Verträge, {city.CostLines.Count} Kostenpositionen.",
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        logger.LogInformation("Beispielstadt geladen: {Products} Produkte, {Vendors} Anbieter, {Contracts} Verträge, {CostLines} Kostenzeilen.",
            city.Products.Count, city.Vendors.Count, city.Contracts.Count, city.CostLines.Count);
        return true;
    }
}
