using System.Diagnostics;
using System.Text.Json;
using ItInventory.Benchmarks.Harness;
using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Comparison;
using ItInventory.Core.Comparison.Exchange;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Tenancy;
using ItInventory.Web.Features.Comparison;
using ItInventory.Web.Features.Comparison.Exchange;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Benchmarks.Cases;

/// <summary>
/// A Vergleichsstelle's aggregate of the exchange files of every participating tenant (200 in the run of
/// docs/benchmarks.md), as ComparisonOfficeService.AggregateAsync makes it from its stored files: each read, the newest
/// per sender, the groups of all senders, each size class and each Land under the k rule, the aggregate file written.
/// The files are exported first (each tenant's own figures through a context of that tenant, as its administration
/// would) and checked against the published schema (as on receipt), each timed once and reported.
/// No baseline: the figure is held against the target of 10 s.
/// </summary>
public sealed class ComparisonAggregateCase : IBenchmarkCase
{
    public string Name => "Aggregat aus den Austauschdateien aller Mandanten";

    public async Task<IReadOnlyList<BenchmarkResult>> RunAsync(BenchmarkDatabase database, BenchmarkRun run, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var files = await ExportAllAsync(database, cancellationToken);
        var export = stopwatch.Elapsed;
        var year = database.Clock.CurrentYear - 1;
        IndexChange? index;
        await using (var db = await database.Factory.CreateDbContextAsync(cancellationToken))
        {
            index = new PriceIndex(await db.PriceIndex.AsNoTracking().ToListAsync(cancellationToken)).Change(year - 1, year, MissingIndexPolicy.UseLatestKnownChange);
        }

        stopwatch.Restart();
        foreach (var (content, n) in files.Select((content, n) => (content, n)))
        {
            if (ComparisonFileReader.Read<ExchangeFile>(ComparisonFileKind.Exchange, $"datei{n}.json", content).Problem is { } problem)
                throw new InvalidOperationException(problem);
        }

        var receipt = stopwatch.Elapsed;
        var aggregate = Aggregate(files, year, index, database);
        run.Log.WriteLine($"  {files.Count} Austauschdateien ({files.Sum(f => f.Length) / 1024:N0} KB), Gesamtdatei: {aggregate.Views.Count} Sichten, {aggregate.Views.Sum(v => v.Figures.Count):N0} Kennzahlen.");
        var measured = await Measurement.MedianAsync(() => Task.FromResult(Aggregate(files, year, index, database)), run.Iterations, run.Warmup);
        return
        [
            new BenchmarkResult($"{Name} ({files.Count})", database.Provider.ToString(), null, measured, "≤ 10 s", measured <= TimeSpan.FromSeconds(10),
                $"Dateien lesen, zusammenführen, Gesamtdatei schreiben; {aggregate.Views.Count} Sichten"),
            new BenchmarkResult($"Austauschdateien aller Mandanten erzeugen ({files.Count})", database.Provider.ToString(), null, export, "berichten", null,
                "einmal je Mandant, wie seine Verwaltung sie herunterlädt"),
            new BenchmarkResult($"Austauschdateien gegen das Schema prüfen ({files.Count})", database.Provider.ToString(), null, receipt, "berichten", null,
                "beim Empfang, einmal je Datei"),
        ];
    }

    /// <summary>What the Vergleichsstelle does with its stored (already checked) files: read, aggregate, write.</summary>
    private static AggregateFile Aggregate(IReadOnlyList<byte[]> files, int year, IndexChange? index, BenchmarkDatabase database)
    {
        var read = files.Select(content => JsonSerializer.Deserialize<ExchangeFile>(content, ComparisonJson.Options)!).ToList();
        var aggregate = ExchangeAggregation.Aggregate(read, year, index, ComparisonPrivacy.Default, database.Clock.Today);
        ComparisonJson.Write(aggregate);
        return aggregate;
    }

    private static async Task<IReadOnlyList<byte[]>> ExportAllAsync(BenchmarkDatabase database, CancellationToken cancellationToken)
    {
        await using var db = await database.Factory.CreateDbContextAsync(cancellationToken);
        var participants = await db.Tenants.AsNoTracking().Where(t => t.TakesPartInComparison).OrderBy(t => t.Id).Select(t => t.Id).ToListAsync(cancellationToken);
        var files = new List<byte[]>(participants.Count);
        foreach (var tenant in participants)
        {
            await using var tenantDb = TenantContexts.For(db, tenant);
            var own = await ComparisonMembersLoader.OwnAsync(tenantDb, cancellationToken);
            files.Add(ComparisonJson.Write(ExchangeFiles.Of(own, Guid.NewGuid().ToString("N"), database.Clock.Today)));
        }

        return files;
    }
}
