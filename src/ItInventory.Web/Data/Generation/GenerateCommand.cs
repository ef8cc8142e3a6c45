using System.Globalization;
using ItInventory.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Data.Generation;

/// <summary>
/// <c>generate --products 20000 --years 10 --seed 42 [--tenants 200] [--connection "..."]</c>: a synthetic large instance
/// for load tests and benchmarks, its products spread over the first tenant and generated member municipalities, into the
/// configured database or the one <c>--connection</c> names (same provider), which must be empty.
/// </summary>
internal static class GenerateCommand
{
    /// <summary>Generates into the configured database, or into <paramref name="connection"/> when given; settings already validated.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, LargeInstanceSettings settings, string? connection)
    {
        var database = services.GetRequiredService<DatabaseOptions>();
        var inventory = services.GetRequiredService<IOptions<InventoryOptions>>().Value;
        var seedFolder = Path.IsPathRooted(inventory.SeedDataPath) ? inventory.SeedDataPath : Path.Combine(AppContext.BaseDirectory, inventory.SeedDataPath);
        ServiceProvider? own = null;
        try
        {
            var factory = services.GetRequiredService<IDbContextFactory<InventoryDbContext>>();
            if (!string.IsNullOrWhiteSpace(connection))
            {
                var connectionString = database.Provider == DatabaseProvider.PostgreSql
                    ? DataServiceCollectionExtensions.PostgreSqlConnectionString(connection)
                    : DataServiceCollectionExtensions.SqliteConnectionString(connection, services.GetRequiredService<IHostEnvironment>().ContentRootPath);
                own = new ServiceCollection().AddInventoryDbContext(database.Provider, connectionString, ServiceLifetime.Singleton).BuildServiceProvider();
                factory = own.GetRequiredService<IDbContextFactory<InventoryDbContext>>();
                await using var db = await factory.CreateDbContextAsync();
                await db.Database.MigrateAsync();
            }

            var generator = new LargeInstanceGenerator(factory, services.GetRequiredService<InventoryClock>());
            var summary = await generator.GenerateAsync(settings, seedFolder, new ConsoleProgress());
            Console.WriteLine(string.Create(CultureInfo.GetCultureInfo("de-DE"),
                $"Großinstanz erzeugt: {summary.Tenants:N0} {(summary.Tenants == 1 ? "Mandant" : "Mandanten")}, {summary.Products:N0} Produkte, {summary.Vendors:N0} Anbieter, {summary.Contracts:N0} Verträge, {summary.CostLines:N0} Kostenpositionen, {summary.Interfaces:N0} Schnittstellen in {summary.Elapsed.TotalSeconds:N1} s."));
            return 0;
        }
        catch (InvalidOperationException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 1;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>Writes progress at once, in order (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class ConsoleProgress : IProgress<string>
    {
        public void Report(string value) => Console.WriteLine(value);
    }
}
