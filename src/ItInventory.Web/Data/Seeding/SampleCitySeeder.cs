using ItInventory.Core.Domain.Tenants;
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
        await DescribeTenantAsync(db, cancellationToken);
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
        await PlannerStatistics.RefreshAsync(db, cancellationToken);

        logger.LogInformation("Beispielstadt geladen: {Products} Produkte, {Vendors} Anbieter, {Contracts} Verträge, {CostLines} Kostenzeilen.",
            city.Products.Count, city.Vendors.Count, city.Contracts.Count, city.CostLines.Count);
        return true;
    }

    /// <summary>
    /// The sample city's profile, fictional like its data: a kreisfreie Stadt of about 300,000 inhabitants in
    /// Nordrhein-Westfalen, with a key of the right form that no real municipality has (Kreis 99 does not exist there).
    /// </summary>
    private static async Task DescribeTenantAsync(InventoryDbContext db, CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.SingleAsync(t => t.Id == db.CurrentTenantId, cancellationToken);
        if (tenant.Name.Length == 0)
        {
            tenant.Name = "Musterstadt";
        }

        if (tenant.Inhabitants is not null)
        {
            return;
        }

        tenant.Kind = TenantKind.KreisfreieStadt;
        tenant.FederalState = FederalState.NordrheinWestfalen;
        tenant.OfficialKey = "05999000";
        tenant.RegionalKey = "059990000000";
        tenant.Inhabitants = 300_000;
    }
}
