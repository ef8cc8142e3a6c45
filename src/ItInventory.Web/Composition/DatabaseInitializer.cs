using ItInventory.Core.Domain.Tenants;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Seeding;
using ItInventory.Web.Features.Accounts;
using ItInventory.Web.Features.Invoices;
using ItInventory.Web.Features.Notifications;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Composition;

public static class DatabaseInitializer
{
    /// <summary>Applies pending migrations and, on an empty database, loads the sample city.</summary>
    public static async Task InitializeDatabaseAsync(this IServiceProvider rootServices, CancellationToken cancellationToken = default)
    {
        await using var scope = rootServices.CreateAsyncScope();
        var services = scope.ServiceProvider;
        // Start-up work has no signed-in user: it fills the installation's first tenant.
        services.GetRequiredService<CurrentTenant>().Assume(Tenant.FirstId);
        var options = services.GetRequiredService<IOptions<InventoryOptions>>().Value;
        var factory = services.GetRequiredService<IDbContextFactory<InventoryDbContext>>();
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            await db.Database.MigrateAsync(cancellationToken);
            await NameFirstTenantAsync(db, options.CityName, cancellationToken);
        }

        var folder = Path.IsPathRooted(options.SeedDataPath) ? options.SeedDataPath : Path.Combine(AppContext.BaseDirectory, options.SeedDataPath);
        // The service catalogue is shared reference data: every installation gets it, with or without the sample city.
        await services.GetRequiredService<ServiceCatalogueSeeder>().SeedIfEmptyAsync(folder, cancellationToken);
        var loadedSampleCity = options.LoadSampleCity && await services.GetRequiredService<SampleCitySeeder>().SeedIfEmptyAsync(folder, cancellationToken);
        if (loadedSampleCity)
        {
            await services.ReceiveSampleInboxAsync(cancellationToken);
        }

        await services.GetRequiredService<AccountSeeder>().SeedDemoUsersIfEmptyAsync();
        if (loadedSampleCity)
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            await SampleResponsibles.AssignAsync(db, cancellationToken);
        }

        // The further sample tenants come with the sample city's first load only: a database someone has worked with
        // (or a single-city installation) never gets tenants it did not ask for.
        if (loadedSampleCity)
        {
            await rootServices.SeedFurtherSampleTenantsAsync(folder, cancellationToken);
        }

        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            await PlannerStatistics.RefreshAsync(db, cancellationToken);
        }
    }

    /// <summary>
    /// Right after the sample city's first load: its fictional e-invoices go through the real intake, as the
    /// system acting with the rights of the cost maintainers, so the city starts with a filled Rechnungseingang.
    /// </summary>
    private static async Task ReceiveSampleInboxAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        var intake = ActivatorUtilities.CreateInstance<InvoiceIntakeService>(services,
            (ICurrentUser)FixedCurrentUser.WithRoles("Beispieldaten", Roles.Beschaffung));
        var factory = services.GetRequiredService<IDbContextFactory<InventoryDbContext>>();
        await SampleInbox.ReceiveAsync(intake, factory, services.GetRequiredService<InventoryClock>().Today, cancellationToken);
    }

    /// <summary>Each further sample tenant in a tenant of its own, with its data and a demo administrator.</summary>
    private static async Task SeedFurtherSampleTenantsAsync(this IServiceProvider rootServices, string seedFolder, CancellationToken cancellationToken)
    {
        foreach (var tenantFolder in SampleCitySeeder.FurtherTenantFolders(seedFolder))
        {
            await using var scope = rootServices.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var seeder = services.GetRequiredService<SampleCitySeeder>();
            var (tenantId, name) = await seeder.AddTenantAsync(tenantFolder, cancellationToken);
            services.GetRequiredService<CurrentTenant>().Assume(tenantId);
            await seeder.SeedIfEmptyAsync(tenantFolder, cancellationToken);
            await services.GetRequiredService<AccountSeeder>().SeedDemoAdministratorAsync(Path.GetFileName(tenantFolder), name);
        }

        if (SampleCitySeeder.FurtherTenantFolders(seedFolder).Count > 0)
        {
            await using var scope = rootServices.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AccountSeeder>().SeedDemoOperatorAsync();
        }
    }

    /// <summary>
    /// The first tenant comes with the schema, without a name: it takes the configured city's, once. From then on its
    /// name is data, edited like any other.
    /// </summary>
    private static async Task NameFirstTenantAsync(InventoryDbContext db, string cityName, CancellationToken cancellationToken)
    {
        var first = await db.Tenants.SingleAsync(t => t.Id == Tenant.FirstId, cancellationToken);
        if (first.Name.Length == 0)
        {
            first.Name = cityName.Trim();
            db.SuppressAudit = true;
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
