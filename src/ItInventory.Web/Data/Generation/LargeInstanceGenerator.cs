using ItInventory.Web.Data.Auditing;
using System.Diagnostics;
using ItInventory.Core.Domain;
using ItInventory.Core.Domain.Tenants;
using ItInventory.Web.Data.Seeding;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Data.Generation;

/// <summary>
/// What to generate: <paramref name="Products"/> products with costs over <paramref name="Years"/> fiscal years, spread
/// evenly over <paramref name="Tenants"/> tenants (the first tenant and generated member municipalities).
/// </summary>
public sealed record LargeInstanceSettings(int Products, int Years, int Seed, int Tenants = 1)
{
    public void Validate()
    {
        var errors = new List<string>();
        if (Products is < 1 or > 1_000_000) errors.Add("--products muss zwischen 1 und 1.000.000 liegen.");
        if (Years is < 2 or > 30) errors.Add("--years muss zwischen 2 und 30 liegen.");
        if (Tenants < 1 || Tenants > Math.Min(Products, GeneratedTenants.Most))
            errors.Add("--tenants muss zwischen 1 und der Zahl der Produkte liegen (jeder Mandant bekommt mindestens ein Produkt), höchstens 10.000.");
        if (errors.Count > 0) throw new ArgumentException(string.Join(" ", errors));
    }
}

public sealed record LargeInstanceSummary(int Products, int Vendors, int Contracts, long CostLines, int Interfaces, TimeSpan Elapsed, int Tenants = 1);

/// <summary>
/// Fills an empty database with a synthetic large inventory (a data centre's many municipalities), deterministic for a
/// seed: the real reference data of the sample city (standards, categories, price index; its departments for every
/// tenant) and invented vendors, products, contracts, interfaces and cost lines (<see cref="SyntheticInventory"/>).
/// Each tenant is written in one transaction of its own, through a context of that tenant (row-level security admits
/// no other), bypassing change tracking and the per-row audit trail; one audit entry per tenant records the generation.
/// </summary>
public sealed class LargeInstanceGenerator(IDbContextFactory<InventoryDbContext> contextFactory, InventoryClock clock)
{
    public async Task<LargeInstanceSummary> GenerateAsync(LargeInstanceSettings settings, string seedFolder, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        settings.Validate();
        var stopwatch = Stopwatch.StartNew();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        Prepare(db);
        if (await db.Products.AnyAsync(cancellationToken) || await db.Departments.AnyAsync(cancellationToken) || await db.Tenants.CountAsync(cancellationToken) > 1)
        {
            throw new InvalidOperationException("Die Datenbank enthält bereits ein Inventar. Der Generator füllt nur eine leere Datenbank: "
                + "--connection mit einer neuen Datenbank angeben oder die Anwendung mit Inventory__LoadSampleCity=false starten.");
        }

        var reference = new SampleCityReader(seedFolder).Read();
        var run = new GenerationRun(settings, reference, new SyntheticRandom(settings.Seed), clock.CurrentYear, stopwatch, progress);

        // The first tenant's transaction also holds the shared reference data and the member tenants, so that every
        // other tenant's rows can refer to them.
        var tenantIds = new List<int> { db.CurrentTenantId ?? Tenant.FirstId };
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            db.AddRange(reference.PriceIndex);
            db.AddRange(reference.Standards);
            db.AddRange(reference.Categories);
            // Profiles come from a random stream of their own: one tenant's inventory stays what a seed gave before.
            var profiles = new SyntheticRandom(settings.Seed + 1);
            var members = Enumerable.Range(2, settings.Tenants - 1).Select(n => GeneratedTenants.Make(n, profiles)).ToList();
            db.Tenants.AddRange(members);
            await db.SaveChangesAsync(cancellationToken);
            tenantIds.AddRange(members.Select(t => t.Id));
            await WriteComparisonDataAsync(db, run, settings, seedFolder, cancellationToken);
            progress?.Report($"{stopwatch.Elapsed.TotalSeconds,6:0.0} s  Stammdaten: {reference.Categories.Count} Kategorien, {reference.Standards.Count} Standards, {settings.Tenants:N0} Mandanten.");
            await run.WriteTenantAsync(db, 0, reference.Departments, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        for (var index = 1; index < tenantIds.Count; index++)
        {
            await using var tenantDb = ForTenant(db, tenantIds[index]);
            await using var transaction = await tenantDb.Database.BeginTransactionAsync(cancellationToken);
            var departments = reference.Departments.Select(d => new Department { Number = d.Number, Name = d.Name }).ToList();
            await run.WriteTenantAsync(tenantDb, index, departments, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await ContinueIdentitiesAsync(db, run.NextKeys, cancellationToken);

        // Planner statistics and (on PostgreSQL) the visibility map after a bulk load, so the first queries already
        // use the covering indexes instead of waiting for autovacuum.
        await db.Database.ExecuteSqlRawAsync(db.Database.IsSqlite() ? "ANALYZE" : "VACUUM (ANALYZE)", cancellationToken);
        progress?.Report($"{stopwatch.Elapsed.TotalSeconds,6:0.0} s  Statistiken aktualisiert.");
        return run.Summary(stopwatch.Elapsed);
    }

    /// <summary>
    /// The shared market catalogue and the OZG catalogue the tenants' products and city services refer to, and the
    /// first tenant's inhabitants and participation (the generated members take part from their creation).
    /// </summary>
    private static async Task WriteComparisonDataAsync(InventoryDbContext db, GenerationRun run, LargeInstanceSettings settings, string seedFolder, CancellationToken cancellationToken)
    {
        await ServiceCatalogueSeeder.LoadIfEmptyAsync(db, seedFolder, cancellationToken);
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var vendors = SyntheticMarket.MakeCatalogue(new SyntheticRandom(settings.Seed + 3), categories, settings.Products);
        db.MarketVendors.AddRange(vendors);
        await db.SaveChangesAsync(cancellationToken);
        run.Catalogue = vendors.SelectMany(v => v.Products).ToList();
        run.OzgServiceIds = await db.OzgServices.Where(s => !s.IsWithdrawn).OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(cancellationToken);
        var first = db.CurrentTenantId ?? Tenant.FirstId;
        await db.Tenants.Where(t => t.Id == first).ExecuteUpdateAsync(s => s
            .SetProperty(t => t.TakesPartInComparison, true)
            .SetProperty(t => t.Inhabitants, t => t.Inhabitants ?? 60_000), cancellationToken);
    }

    private static void Prepare(InventoryDbContext db)
    {
        db.SuppressAudit = true;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        // One tenant's million cost lines move from the temporary table in one INSERT ... SELECT (PostgreSQL), which
        // under the row-level security policy and on a busy machine took longer than the default 30 s.
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
    }

    /// <summary>A context of another tenant on the same database, configured as the given one.</summary>
    private static InventoryDbContext ForTenant(InventoryDbContext like, int tenantId)
    {
        var provider = like.Database.IsSqlite() ? DatabaseProvider.Sqlite : DatabaseProvider.PostgreSql;
        var db = DataServiceCollectionExtensions.CreateInventoryDbContext(provider, like.Database.GetConnectionString()!, tenant: new FixedTenant(tenantId));
        Prepare(db);
        return db;
    }

    /// <summary>
    /// Explicit keys bypass PostgreSQL's identity sequences; move them past the written rows (to the run's next keys: a
    /// MAX over the table would see only the first tenant's rows under row-level security). SQLite's AUTOINCREMENT follows by itself.
    /// </summary>
    private static async Task ContinueIdentitiesAsync(InventoryDbContext db, IReadOnlyDictionary<string, int> nextKeys, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            return;
        }

        foreach (var (table, next) in nextKeys)
        {
            // Table names cannot be parameters; these are the generator's own, the key a number.
            var sql = $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), {next}, false)";
            await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }
    }
}
