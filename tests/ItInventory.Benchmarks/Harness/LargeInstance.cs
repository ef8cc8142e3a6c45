using ItInventory.Web.Data;
using ItInventory.Web.Data.Generation;
using ItInventory.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ItInventory.Benchmarks.Harness;

/// <summary>
/// The generated large instance per provider, made once and kept between benchmark runs (a SQLite file under
/// artifacts/benchmarks, a database on the PostgreSQL server), since generating it takes longer than the benchmarks.
/// Spread over several tenants (<c>--tenants</c>), the cases work in the middle one, as one of its users would.
/// </summary>
public static class LargeInstance
{
    public static async Task<BenchmarkDatabase> PrepareAsync(DatabaseProvider provider, LargeInstanceSettings settings, string? postgreSqlServer, TextWriter log)
    {
        var name = $"large_p{settings.Products}_y{settings.Years}_s{settings.Seed}{(settings.Tenants > 1 ? $"_t{settings.Tenants}" : "")}";
        string connectionString;
        if (provider == DatabaseProvider.PostgreSql)
        {
            var server = postgreSqlServer ?? throw new InvalidOperationException("Für PostgreSQL fehlt ITINVENTORY_BENCH_PG=Host=...;Port=...;Username=...");
            connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
            if (await PostgreSqlDatabaseExistsAsync(server, name))
            {
                log.WriteLine($"PostgreSQL-Datenbank {name} vorhanden.");
                return await InMeasuredTenantAsync(await MigratedAsync(new BenchmarkDatabase(provider, connectionString), log), settings, log);
            }
        }
        else
        {
            var folder = Path.Combine(RepositoryPaths.Root, "artifacts", "benchmarks");
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder, name + ".db");
            connectionString = $"Data Source={file}";
            if (File.Exists(file))
            {
                log.WriteLine($"SQLite-Datei {file} vorhanden.");
                return await InMeasuredTenantAsync(await MigratedAsync(new BenchmarkDatabase(provider, connectionString), log), settings, log);
            }
        }

        log.WriteLine($"Erzeuge Großinstanz {name} auf {provider} ...");
        var database = new BenchmarkDatabase(provider, connectionString);
        try
        {
            await using (var db = await database.Factory.CreateDbContextAsync())
            {
                await db.Database.MigrateAsync();
            }

            var summary = await new LargeInstanceGenerator(database.Factory, database.Clock)
                .GenerateAsync(settings, Path.Combine(RepositoryPaths.Root, "seed-data"), new Progress(log));
            log.WriteLine($"Erzeugt in {summary.Elapsed.TotalSeconds:N1} s: {summary.CostLines:N0} Kostenpositionen.");
            return await InMeasuredTenantAsync(database, settings, log);
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>The instance as the middle one of its tenants sees it (the first tenant when there is one).</summary>
    private static async Task<BenchmarkDatabase> InMeasuredTenantAsync(BenchmarkDatabase database, LargeInstanceSettings settings, TextWriter log)
    {
        if (settings.Tenants == 1)
        {
            return database;
        }

        int tenantId;
        string tenantName;
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            var tenant = await db.Tenants.OrderBy(t => t.Id).Skip(settings.Tenants / 2 - 1).FirstAsync();
            (tenantId, tenantName) = (tenant.Id, tenant.Name);
        }

        await database.DisposeAsync();
        var measured = new BenchmarkDatabase(database.Provider, database.ConnectionString, tenantId);
        await using (var db = await measured.Factory.CreateDbContextAsync())
        {
            log.WriteLine($"Gemessen im Mandanten {tenantId} „{tenantName}“: {await db.Products.CountAsync():N0} Produkte, {await db.CostLines.CountAsync():N0} Kostenpositionen.");
        }

        return measured;
    }

    /// <summary>A kept instance gets the migrations added since it was generated, as a real one would.</summary>
    private static async Task<BenchmarkDatabase> MigratedAsync(BenchmarkDatabase database, TextWriter log)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        if (pending.Count > 0)
        {
            log.WriteLine($"  Migrationen nachgeholt: {string.Join(", ", pending)}");
            await db.Database.MigrateAsync();
        }

        // As the app does after every start: a migration that rebuilds a SQLite table drops its statistics, and without
        // them the product page took 2.7 s instead of milliseconds (the plans of PlannerStatistics' remarks).
        await PlannerStatistics.RefreshAsync(db);

        return database;
    }

    private static async Task<bool> PostgreSqlDatabaseExistsAsync(string server, string name)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", name);
        if (await command.ExecuteScalarAsync() is null)
        {
            return false;
        }

        // A generation that broke off leaves the database without its audit entry: start again.
        await using var inventory = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ConnectionString);
        await inventory.OpenAsync();
        // The last tenant is written last; its trail is visible in its own tenant only (row-level security).
        await using var complete = new NpgsqlCommand("""
            SELECT set_config('itinventory.tenant', (SELECT MAX("Id") FROM "Tenants")::text, false);
            SELECT EXISTS (SELECT 1 FROM "AuditEntries" WHERE "Summary" LIKE 'Großinstanz erzeugt%');
            """, inventory);
        try
        {
            // Two statements, two results: the answer is the second's.
            await using var reader = await complete.ExecuteReaderAsync();
            if (await reader.NextResultAsync() && await reader.ReadAsync() && reader.GetBoolean(0))
            {
                return true;
            }
        }
        catch (PostgresException)
        {
        }

        await using var drop = new NpgsqlCommand($"DROP DATABASE \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
        return false;
    }

    private sealed class Progress(TextWriter log) : IProgress<string>
    {
        public void Report(string value) => log.WriteLine("  " + value);
    }
}
