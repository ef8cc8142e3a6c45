using ItInventory.Web.Data;
using ItInventory.Web.Data.Seeding;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ItInventory.Web.Tests.Support;

/// <summary>
/// A throwaway database of its own, dropped with the object: a SQLite file in a temporary folder, or on PostgreSQL
/// (see <see cref="TestProvider"/>) a database created for this test.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public static string SeedFolder => Path.Combine(AppContext.BaseDirectory, "seed-data");

    /// <summary>The date the sample city's figures are checked against; "current year" is 2026.</summary>
    public static readonly DateOnly AsOf = new(2026, 11, 28);

    private readonly string? _sqlitePath;
    private readonly string? _postgreSqlDatabase;

    private TestDatabase(string? sqlitePath, string? postgreSqlDatabase)
    {
        _sqlitePath = sqlitePath;
        _postgreSqlDatabase = postgreSqlDatabase;
        ConnectionString = sqlitePath is not null
            ? $"Data Source={sqlitePath};Pooling=False"
            : TestProvider.PostgreSqlDatabase(postgreSqlDatabase!);
        var services = new ServiceCollection();
        services.AddInventoryDbContext(Provider, ConnectionString, ServiceLifetime.Singleton);
        Services = services.BuildServiceProvider();
        Factory = Services.GetRequiredService<IDbContextFactory<InventoryDbContext>>();
    }

    public DatabaseProvider Provider => _sqlitePath is not null ? DatabaseProvider.Sqlite : DatabaseProvider.PostgreSql;
    public string ConnectionString { get; }
    public ServiceProvider Services { get; }
    public IDbContextFactory<InventoryDbContext> Factory { get; }

    public InventoryClock Clock { get; } = new(TimeProvider.System, Options.Create(new InventoryOptions { AsOfDate = AsOf }));

    public static async Task<TestDatabase> CreateEmptyAsync()
    {
        var db = TestProvider.Current == DatabaseProvider.PostgreSql
            ? new TestDatabase(null, await PostgreSqlServer.CreateDatabaseAsync(template: null))
            : new TestDatabase(NewPath(), null);
        await using var context = await db.Factory.CreateDbContextAsync();
        await context.Database.MigrateAsync();
        return db;
    }

    /// <summary>A private copy of a once-seeded sample city, so tests can change data without affecting each other.</summary>
    public static async Task<TestDatabase> CreateSampleCityAsync()
    {
        var template = await SampleCityTemplate.NameAsync();
        if (TestProvider.Current == DatabaseProvider.PostgreSql)
        {
            return new TestDatabase(null, await PostgreSqlServer.CreateDatabaseAsync(template));
        }

        var path = NewPath();
        File.Copy(template, path);
        return new TestDatabase(path, null);
    }

    public async Task SeedAsync(string? folder = null) =>
        await new SampleCitySeeder(Factory, NullLogger<SampleCitySeeder>.Instance).SeedIfEmptyAsync(folder ?? SeedFolder);

    public InventoryDbContext CreateContext() => Factory.CreateDbContext();

    /// <summary>A context working in the given tenant.</summary>
    public InventoryDbContext CreateContext(int tenantId) =>
        DataServiceCollectionExtensions.CreateInventoryDbContext(Provider, ConnectionString, tenant: new FixedTenant(tenantId));

    /// <summary>A context whose saves the audit trail attributes to the given user.</summary>
    public InventoryDbContext CreateContextAs(ICurrentUser user) =>
        DataServiceCollectionExtensions.CreateInventoryDbContext(Provider, ConnectionString, user);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_sqlitePath is not null)
        {
            TryDelete(_sqlitePath);
        }
        else
        {
            await PostgreSqlServer.DropDatabaseAsync(_postgreSqlDatabase!);
        }
    }

    /// <summary>Keeps this database after the object is gone (the sample-city template); returns its SQLite path or PostgreSQL name.</summary>
    internal async Task<string> DetachAsync()
    {
        await Services.DisposeAsync();
        if (_sqlitePath is not null)
        {
            return _sqlitePath;
        }

        // CREATE DATABASE ... TEMPLATE refuses a template anyone is connected to.
        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
        return _postgreSqlDatabase!;
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

/// <summary>Seeds the sample city once per test run; tests get copies of it (a file copy, or CREATE DATABASE ... TEMPLATE).</summary>
internal static class SampleCityTemplate
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _name;

    public static async Task<string> NameAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_name is null)
            {
                var db = await TestDatabase.CreateEmptyAsync();
                await db.SeedAsync();
                _name = await db.DetachAsync();
                if (db.Provider == DatabaseProvider.PostgreSql)
                {
                    var name = _name;
                    AppDomain.CurrentDomain.ProcessExit += (_, _) => PostgreSqlServer.DropDatabaseAsync(name).GetAwaiter().GetResult();
                }
            }

            return _name;
        }
        finally
        {
            Gate.Release();
        }
    }
}

/// <summary>Creates and drops the tests' databases on the PostgreSQL server.</summary>
internal static class PostgreSqlServer
{
    public static async Task<string> CreateDatabaseAsync(string? template)
    {
        var name = $"t_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(TestProvider.PostgreSqlServer);
        await connection.OpenAsync();
        await EnsureAppRoleAsync(connection);
        // FILE_COPY copies the template's few MB directly; the default WAL_LOG strategy writes them through the WAL.
        var owner = $"OWNER \"{TestProvider.AppRole}\"";
        var sql = template is null ? $"CREATE DATABASE \"{name}\" {owner}" : $"CREATE DATABASE \"{name}\" {owner} TEMPLATE \"{template}\" STRATEGY = FILE_COPY";
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
        return name;
    }

    private static async Task EnsureAppRoleAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand($"""
            DO $$ BEGIN
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{TestProvider.AppRole}') THEN
                    CREATE ROLE "{TestProvider.AppRole}" LOGIN NOSUPERUSER NOBYPASSRLS CREATEDB;
                END IF;
            END $$;
            """, connection);
        try
        {
            await command.ExecuteNonQueryAsync();
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            // Created at the same moment by a parallel test.
        }
    }

    public static async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(TestProvider.PostgreSqlDatabase(name)));
        await using var connection = new NpgsqlConnection(TestProvider.PostgreSqlServer);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
