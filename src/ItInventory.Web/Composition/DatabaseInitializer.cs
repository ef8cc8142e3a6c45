using ItInventory.Web.Data;
using ItInventory.Web.Data.Seeding;
using ItInventory.Web.Features.Accounts;
using ItInventory.Web.Infrastructure;
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
        var factory = services.GetRequiredService<IDbContextFactory<InventoryDbContext>>();
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        var options = services.GetRequiredService<IOptions<InventoryOptions>>().Value;
        if (options.LoadSampleCity)
        {
            var folder = Path.IsPathRooted(options.SeedDataPath)
                ? options.SeedDataPath
                : Path.Combine(AppContext.BaseDirectory, options.SeedDataPath);
            await services.GetRequiredService<SampleCitySeeder>().SeedIfEmptyAsync(folder, cancellationToken);
        }

        await services.GetRequiredService<AccountSeeder>().SeedDemoUsersIfEmptyAsync();
    }
}
