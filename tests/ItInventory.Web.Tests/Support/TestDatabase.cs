using ItInventory.Web.Data;
using ItInventory.Web.Data.Seeding;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Tests.Support;

/// <summary>A real SQLite file in a temporary folder, deleted with the object.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public static string SeedFolder => Path.Combine(AppContext.BaseDirectory, "seed-data");

    /// <summary>The date the sample city's figures are checked against; "current year" is 2026.</summary>
    public static readonly DateOnly AsOf = new(2026, 11, 28);

    private TestDatabase(string path)
    {
        FilePath = path;
        ConnectionString = $"Data Source={path};Pooling=False";
        var services = new ServiceCollection();
        services.AddDbContextFactory<InventoryDbContext>(o => o.UseSqlite(ConnectionString));
        Services = services.BuildServiceProvider();
        Factory = Services.GetRequiredService<IDbContextFactory<InventoryDbContext>>();
    }

    public string FilePath { get; }
    public string ConnectionString { get; }
    public ServiceProvider Services { get; }
    public IDbContextFactory<InventoryDbContext> Factory { get; }

    public InventoryClock Clock { get; } = new(TimeProvider.System, Options.Create(new InventoryOptions { AsOfDate = AsOf }));

    public static async Task<TestDatabase> CreateEmptyAsync()
    {
        var db = new TestDatabase(NewPath());
        await using var context = await db.Factory.CreateDbContextAsync();
        await context.Database.MigrateAsync();
        return db;
    }

    /// <summary>A private copy of a once-seeded sample city, so tests can change data without affecting each other.</summary>
    public static async Task<TestDatabase> CreateSampleCityAsync()
    {
        var template = await SampleCityTemplate.PathAsync();
        var path = NewPath();
        File.Copy(template, path);
        return new TestDatabase(path);
    }

    public async Task SeedAsync(string? folder = null) =>
        await new SampleCitySeeder(Factory, NullLogger<SampleCitySeeder>.Instance).SeedIfEmptyAsync(folder ?? SeedFolder);

    public InventoryDbContext CreateContext() => Factory.CreateDbContext();

    /// <summary>A context whose saves the audit trail attributes to the given user.</summary>
    public InventoryDbContext CreateContextAs(ICurrentUser user) =>
        new(new DbContextOptionsBuilder<InventoryDbContext>().UseSqlite(ConnectionString).Options, user);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        TryDelete(FilePath);
    }

    internal static string NewPath()
    {
        var folder = Path.Combine(Path.GetTempPath(), "itinventory-tests");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $"{Guid.NewGuid():N}.db");
    }

    private static void TryDelete(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            try { File.Delete(file); } catch (IOException) { }
        }
    }
}

/// <summary>Seeds the sample city once per test run; tests get copies of the file.</summary>
internal static class SampleCityTemplate
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _path;

    public static async Task<string> PathAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_path is null)
            {
                await using var db = await TestDatabase.CreateEmptyAsync();
                await db.SeedAsync();
                var target = TestDatabase.NewPath();
                File.Copy(db.FilePath, target);
                _path = target;
            }

            return _path;
        }
        finally
        {
            Gate.Release();
        }
    }
}
