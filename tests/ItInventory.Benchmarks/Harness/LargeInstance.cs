using ItInventory.Web.Data;
using ItInventory.Web.Data.Generation;
using ItInventory.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ItInventory.Benchmarks.Harness;

/// <summary>
/// The generated large instance per provider, made once and kept between benchmark runs (a SQLite file under
/// artifacts/benchmarks, a database on the PostgreSQL server), since generating it takes longer than the benchmarks.
/// </summary>
public static class LargeInstance
{
    public static async Task<BenchmarkDatabase> PrepareAsync(DatabaseProvider provider, LargeInstanceSettings settings, string? postgreSqlServer, TextWriter log)
    {
        var name = $"large_p{settings.Products}_y{settings.Years}_s{settings.Seed}";
        string connectionString;
        if (provider == DatabaseProvider.PostgreSql)
        {
            var server = postgreSqlServer ?? throw new InvalidOperationException("Für PostgreSQL fehlt ITINVENTORY_BENCH_PG=Host=...;Port=...;Username=...");
            connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
            if (await PostgreSqlDatabaseExistsAsync(server, name))
            {
                log.WriteLine($"PostgreSQL-Datenbank {name} vorhanden.");
                return await MigratedAsync(new BenchmarkDatabase(provider, connectionString), log);
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
                return await MigratedAsync(new BenchmarkDatabase(provider, connectionString), log);
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
            return database;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
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
        await using var complete = new NpgsqlCommand("""SELECT EXISTS (SELECT 1 FROM "AuditEntries" WHERE "Summary" LIKE 'Großinstanz erzeugt%')""", inventory);
        try
        {
            if ((bool)(await complete.ExecuteScalarAsync())!)
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
