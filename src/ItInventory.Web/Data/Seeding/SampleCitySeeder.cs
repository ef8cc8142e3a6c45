using ItInventory.Core.Domain.Tenants;
using ItInventory.Web.Data.Auditing;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Data.Seeding;

/// <summary>
/// Loads sample data into an empty tenant, all in one transaction: the sample city into the first tenant, and a further
/// sample tenant (a subfolder of the sample data with a <c>tenant.csv</c>) into a tenant of its own.
/// </summary>
public sealed class SampleCitySeeder(IDbContextFactory<InventoryDbContext> contextFactory, ILogger<SampleCitySeeder> logger)
{
    /// <summary>Loads the folder into the operation's tenant.</summary>
    /// <returns>True when it was loaded; false when the tenant already holds an inventory.</returns>
    public async Task<bool> SeedIfEmptyAsync(string seedFolder, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Departments.AnyAsync(cancellationToken) || await db.Products.AnyAsync(cancellationToken))
        {
            return false;
        }

        // Read and check everything first; only a complete, consistent tenant is written. The reference data all
        // tenants share is read from the files only while the installation has none.
        var profile = SampleTenantProfile.Read(seedFolder);
        var existing = await db.Standards.AnyAsync(cancellationToken) ? await ReferenceData.LoadAsync(db, cancellationToken) : null;
        var city = new SampleCityReader(seedFolder).Read(existing);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.SuppressAudit = true;
        // The city's services point into the shared service catalogue, which a fresh installation loads first.
        await ServiceCatalogueSeeder.LoadIfEmptyAsync(db, seedFolder, cancellationToken);
        var catalogue = await db.OzgServices.ToDictionaryAsync(s => s.OzgId, StringComparer.Ordinal, cancellationToken);
        var services = SampleCityServicesReader.Read(seedFolder, city.Products.ToDictionary(p => p.InventoryNumber, StringComparer.Ordinal), catalogue);
        await DescribeTenantAsync(db, profile, cancellationToken);
        db.AddRange(city.Departments);
        db.AddRange(city.PriceIndex);
        db.AddRange(city.Standards);
        db.AddRange(city.Categories);
        db.AddRange(city.Vendors);
        db.AddRange(city.Products);
        db.AddRange(city.Contracts);
        db.AddRange(city.Interfaces);
        db.AddRange(city.CostLines);
        // Saved before the market links: a product that points to a market product would otherwise be inserted after
        // the market catalogue, apart from the others, and the products' ids would no longer follow the files' order.
        await db.SaveChangesAsync(cancellationToken);
        await MarketCatalogueSeed.LinkAsync(db, seedFolder, city.Products, cancellationToken);
        db.AddRange(services);
        db.AuditEntries.Add(new AuditEntry
        {
            TimestampUtc = DateTime.UtcNow,
            UserName = db.SystemUserName,
            Action = AuditAction.Import,
            Summary = $"Beispieldaten „{profile.Name}“ geladen: {city.Products.Count} Produkte, {city.Vendors.Count} Anbieter, {city.Contracts.Count} Verträge, {city.CostLines.Count} Kostenpositionen.",
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await PlannerStatistics.RefreshAsync(db, cancellationToken);

        logger.LogInformation("Beispieldaten von {Tenant} geladen: {Products} Produkte, {Vendors} Anbieter, {Contracts} Verträge, {CostLines} Kostenzeilen.",
            profile.Name, city.Products.Count, city.Vendors.Count, city.Contracts.Count, city.CostLines.Count);
        return true;
    }

    /// <summary>The further sample tenants' folders beside the sample city's files, in name order.</summary>
    public static IReadOnlyList<string> FurtherTenantFolders(string seedFolder) =>
        Directory.Exists(seedFolder)
            ? Directory.EnumerateDirectories(seedFolder).Where(d => File.Exists(Path.Combine(d, SampleTenantProfile.FileName))).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>The tenant a further sample folder describes, created with its profile unless one of its name exists.</summary>
    /// <returns>The tenant's id and name.</returns>
    public async Task<(int Id, string Name)> AddTenantAsync(string tenantFolder, CancellationToken cancellationToken = default)
    {
        var profile = SampleTenantProfile.Read(tenantFolder);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var tenant = await db.Tenants.SingleOrDefaultAsync(t => t.Name == profile.Name, cancellationToken);
        if (tenant is null)
        {
            tenant = new Tenant { Name = profile.Name };
            profile.Describe(tenant);
            db.Tenants.Add(tenant);
            db.SuppressAudit = true;
            await db.SaveChangesAsync(cancellationToken);
        }

        return (tenant.Id, tenant.Name);
    }

    /// <summary>
    /// The tenant's profile from its <c>tenant.csv</c>, fictional like its data. The first tenant keeps a name it already
    /// has (the configured city name) and a profile once it has one.
    /// </summary>
    private static async Task DescribeTenantAsync(InventoryDbContext db, SampleTenantProfile profile, CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.SingleAsync(t => t.Id == db.CurrentTenantId, cancellationToken);
        if (tenant.Name.Length == 0)
        {
            tenant.Name = profile.Name;
        }

        if (tenant.Inhabitants is null)
        {
            profile.Describe(tenant);
        }
    }
}
