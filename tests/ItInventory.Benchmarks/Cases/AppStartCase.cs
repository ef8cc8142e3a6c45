using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ItInventory.Benchmarks.Harness;
using ItInventory.Web.Infrastructure;
using Npgsql;

namespace ItInventory.Benchmarks.Cases;

/// <summary>
/// Starts the real app as its own process on an empty database and waits for /health: migrations only, and migrations
/// plus the sample city. No baseline: the figure is reported as is.
/// </summary>
public sealed class AppStartCase : IBenchmarkCase
{
    public string Name => "App-Start mit Migrationen auf leerer Datenbank";

    public async Task<IReadOnlyList<BenchmarkResult>> RunAsync(BenchmarkDatabase database, BenchmarkRun run, CancellationToken cancellationToken = default)
    {
        var results = new List<BenchmarkResult>();
        foreach (var withSampleCity in new[] { false, true })
        {
            var times = new List<TimeSpan>();
            for (var i = 0; i < Math.Max(1, run.Iterations); i++)
            {
                times.Add(await StartOnceAsync(database, withSampleCity, run.Log, cancellationToken));
            }

            times.Sort();
            results.Add(new BenchmarkResult($"{Name}{(withSampleCity ? " + Beispielstadt" : "")}", database.Provider.ToString(), null,
                times[times.Count / 2], "berichten", null, "Prozessstart bis /health = 200"));
        }

        return results;
    }

    private static async Task<TimeSpan> StartOnceAsync(BenchmarkDatabase database, bool withSampleCity, TextWriter log, CancellationToken cancellationToken)
    {
        var (connectionString, cleanUp) = await EmptyDatabaseAsync(database);
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [RepositoryPaths.WebAppDll])
        {
            WorkingDirectory = Path.GetDirectoryName(RepositoryPaths.WebAppDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Database__Provider"] = database.Provider.ToString(),
                ["ConnectionStrings__Inventory"] = connectionString,
                ["Inventory__LoadSampleCity"] = withSampleCity ? "true" : "false",
                ["Inventory__AsOfDate"] = BenchmarkDatabase.AsOf.ToString("yyyy-MM-dd"),
            },
        };

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            while (true)
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"Die App endete beim Start mit {process.ExitCode}: {await errors}{await output}");
                }

                if (stopwatch.Elapsed > TimeSpan.FromMinutes(3))
                {
                    throw new TimeoutException("Die App antwortete nach drei Minuten noch nicht auf /health.");
                }

                try
                {
                    using var response = await http.GetAsync($"http://127.0.0.1:{port}/health", cancellationToken);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        var elapsed = stopwatch.Elapsed;
                        log.WriteLine($"  Start {(withSampleCity ? "mit" : "ohne")} Beispielstadt: {elapsed.TotalSeconds:N2} s");
                        return elapsed;
                    }
                }
                catch (HttpRequestException)
                {
                }
                catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                }

                await Task.Delay(25, cancellationToken);
            }
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
            }

            await cleanUp();
        }
    }

    /// <summary>A database that does not exist yet: the app creates and migrates it, as on a first installation.</summary>
    private static Task<(string ConnectionString, Func<Task> CleanUp)> EmptyDatabaseAsync(BenchmarkDatabase database)
    {
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = $"bench_start_{Guid.NewGuid():N}", Pooling = false };
            var server = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString;
            return Task.FromResult<(string, Func<Task>)>((builder.ConnectionString, async () =>
            {
                await using var connection = new NpgsqlConnection(server);
                await connection.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{builder.Database}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
            }));
        }

        var file = Path.Combine(Path.GetTempPath(), $"itinventory-start-{Guid.NewGuid():N}.db");
        return Task.FromResult<(string, Func<Task>)>(($"Data Source={file}", () =>
        {
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }

            return Task.CompletedTask;
        }));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
