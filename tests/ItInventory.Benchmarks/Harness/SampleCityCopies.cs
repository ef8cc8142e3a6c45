using ItInventory.Web.Data;
using ItInventory.Web.Data.Seeding;
using ItInventory.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ItInventory.Benchmarks.Harness;

/// <summary>
/// Fresh copies of the sample city on the benchmark's provider and server, for cases that write (import) or need
/// the styled reports' own data: seeded once, then copied per run (a file copy, or CREATE DATABASE ... TEMPLATE).
/// </summary>
public sealed class SampleCityCopies : IAsyncDisposable
{
    private readonly DatabaseProvider _provider;
    private readonly string _serverConnection;
    private readonly string _template;
    private readonly List<BenchmarkDatabase> _copies = [];

    private SampleCityCopies(DatabaseProvider provider, string serverConnection, string template)
    {
        _provider = provider;
        _serverConnection = serverConnection;
        _template = template;
    }

    public static async Task<SampleCityCopies> CreateAsync(BenchmarkDatabase like)
    {
        var name = $"bench_city_{Guid.NewGuid():N}";
        var server = like.Provider == DatabaseProvider.PostgreSql
            ? new NpgsqlConnectionStringBuilder(like.ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString
            : "";
        var template = like.Provider == DatabaseProvider.PostgreSql ? name : Path.Combine(Path.GetTempPath(), name + ".db");
        var copies = new SampleCityCopies(like.Provider, server, template);
        await using (var seeded = new BenchmarkDatabase(like.Provider, copies.ConnectionStringOf(template)))
        {
            await using (var db = await seeded.Factory.CreateDbContextAsync())
            {
                await db.Database.MigrateAsync();
            }

            await new SampleCitySeeder(seeded.Factory, NullLogger<SampleCitySeeder>.Instance).SeedIfEmptyAsync(Path.Combine(RepositoryPaths.Root, "seed-data"));
        }

        NpgsqlConnection.ClearAllPools();
        return copies;
    }

    public async Task<BenchmarkDatabase> NewCopyAsync()
    {
        var name = $"bench_copy_{Guid.NewGuid():N}";
        if (_provider == DatabaseProvider.PostgreSql)
        {
            await ExecuteOnServerAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{_template}\" STRATEGY = FILE_COPY");
        }
        else
        {
            name = Path.Combine(Path.GetTempPath(), name + ".db");
            File.Copy(_template, name);
        }

        var copy = new BenchmarkDatabase(_provider, ConnectionStringOf(name));
        _copies.Add(copy);
        return copy;
    }

    private string ConnectionStringOf(string name) => _provider == DatabaseProvider.PostgreSql
        ? new NpgsqlConnectionStringBuilder(_serverConnection) { Database = name, Pooling = true }.ConnectionString
        : $"Data Source={name};Pooling=False";

    public async ValueTask DisposeAsync()
    {
        foreach (var copy in _copies)
        {
            await copy.DisposeAsync();
            await DropAsync(_provider == DatabaseProvider.PostgreSql ? new NpgsqlConnectionStringBuilder(copy.ConnectionString).Database! : copy.ConnectionString["Data Source=".Length..copy.ConnectionString.IndexOf(';')]);
        }

        await DropAsync(_template);
    }

    private async Task DropAsync(string name)
    {
        if (_provider == DatabaseProvider.PostgreSql)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
        else
        {
            foreach (var file in new[] { name, name + "-wal", name + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_serverConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
