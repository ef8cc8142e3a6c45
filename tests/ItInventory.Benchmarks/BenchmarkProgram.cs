using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using ItInventory.Benchmarks.Cases;
using ItInventory.Benchmarks.Harness;
using ItInventory.Web.Data.Generation;
using ItInventory.Web.Infrastructure;

namespace ItInventory.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/ItInventory.Benchmarks -- [--provider Sqlite|PostgreSql|both] [--products 20000]
/// [--years 10] [--seed 42] [--tenants 1] [--iterations 7] [--case Dashboard,ProductFindings]</c>. PostgreSQL needs ITINVENTORY_BENCH_PG (scripts/benchmarks.sh starts a
/// throwaway server). Writes a Markdown table to artifacts/benchmarks/results.md, or results-sqlite.md / results-postgresql.md
/// for one provider.
/// </summary>
public static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        var options = ParseOptions(args);
        var settings = new LargeInstanceSettings(Number(options, "products", 20_000), Number(options, "years", 10), Number(options, "seed", 42), Number(options, "tenants", 1));
        var iterations = Number(options, "iterations", 7);
        var providers = options.GetValueOrDefault("provider", "both").ToLowerInvariant() switch
        {
            "sqlite" => new[] { DatabaseProvider.Sqlite },
            "postgresql" => [DatabaseProvider.PostgreSql],
            _ => [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql],
        };
        // --case Dashboard,ProductFindings runs the cases whose names contain any of the parts.
        var only = options.GetValueOrDefault("case")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // --skip CircuitMemory leaves those cases out (scripts/benchmarks.sh runs circuits in a process of their own).
        var skip = options.GetValueOrDefault("skip")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        var log = Console.Out;
        var run = new BenchmarkRun(iterations, Warmup: 2, Smoke: false, log);

        var results = new List<BenchmarkResult>();
        foreach (var provider in providers)
        {
            await using var database = await LargeInstance.PrepareAsync(provider, settings, Environment.GetEnvironmentVariable("ITINVENTORY_BENCH_PG"), log);
            foreach (var benchmark in BenchmarkCases.All())
            {
                if ((only is not null && !only.Any(part => benchmark.GetType().Name.Contains(part, StringComparison.OrdinalIgnoreCase)))
                    || skip.Any(part => benchmark.GetType().Name.Contains(part, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                log.WriteLine($"[{provider}] {benchmark.Name} ...");
                foreach (var result in await benchmark.RunAsync(database, run))
                {
                    log.WriteLine("  " + Format(result));
                    results.Add(result);
                }
            }
        }

        var markdown = Markdown(results, settings, iterations);
        var folder = Path.Combine(RepositoryPaths.Root, "artifacts", "benchmarks");
        Directory.CreateDirectory(folder);
        // One file per provider when run for one: scripts/benchmarks.sh runs each provider in a process of its own, so that
        // the export's peak memory is that of a fresh process, and joins the two files.
        // --results circuits names the file results-sqlite-circuits.md, so that a second process does not overwrite the first.
        var suffix = options.TryGetValue("results", out var name) ? "-" + name : "";
        var file = Path.Combine(folder, providers.Length == 1 ? $"results-{providers[0].ToString().ToLowerInvariant()}{suffix}.md" : $"results{suffix}.md");
        await File.WriteAllTextAsync(file, markdown);
        log.WriteLine();
        log.WriteLine(markdown);
        log.WriteLine($"Ergebnisse: {file}");
        return 0;
    }

    public static string Markdown(IEnumerable<BenchmarkResult> results, LargeInstanceSettings settings, int iterations)
    {
        var text = new StringBuilder();
        text.AppendLine($"Lauf am {DateTime.Now:yyyy-MM-dd HH:mm}, {Environment.ProcessorCount} Kerne, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, " +
                        $"Last (1 min) {LoadAverage()}; Großinstanz {settings.Products:N0} Produkte, {settings.Years} Jahre, Startwert {settings.Seed}" +
                        (settings.Tenants > 1 ? $", verteilt auf {settings.Tenants:N0} Mandanten, gemessen im {settings.Tenants / 2}." : "") + $"; Median aus {iterations} Läufen, abwechselnd mit der Basis.");
        text.AppendLine();
        text.AppendLine("| Fall | Datenbank | Basis | gemessen | Verhältnis | Ziel | erfüllt | Anmerkung |");
        text.AppendLine("|---|---|---:|---:|---:|---|---|---|");
        foreach (var r in results)
        {
            text.AppendLine($"| {r.Case} | {r.Provider} | {Time(r.Baseline)} | {(r.Kilobytes is null ? Time(r.Measured) : "–")} | {(r.Ratio is { } ratio ? $"{ratio:N2}×" : "–")} | {r.Target} | {(r.Met switch { true => "ja", false => "**nein**", null => "–" })} | {r.Note} |");
        }

        return text.ToString();
    }

    private static string Format(BenchmarkResult r) =>
        $"{r.Case}: Basis {Time(r.Baseline)}, gemessen {(r.Kilobytes is null ? Time(r.Measured) : "–")}, Verhältnis {(r.Ratio is { } ratio ? $"{ratio:N2}×" : "–")}, Ziel {r.Target} {(r.Met == false ? "VERFEHLT" : "")} {r.Note}";

    private static string Time(TimeSpan? time) => time switch
    {
        null => "–",
        { TotalSeconds: >= 1 } t => $"{t.TotalSeconds:N2} s",
        { } t => $"{t.TotalMilliseconds:N1} ms",
    };

    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "?";
        }
    }

    private static Dictionary<string, string> ParseOptions(string[] args)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            result[args[i].TrimStart('-')] = args[i + 1];
        }

        return result;
    }

    private static int Number(Dictionary<string, string> options, string name, int fallback) =>
        options.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
