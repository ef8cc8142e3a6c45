using System.Diagnostics;
using ItInventory.Benchmarks.Harness;
using ItInventory.Web.Features.Comparison;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ItInventory.Benchmarks.Cases;

/// <summary>
/// The page "Vergleich" of the measured tenant among all participating tenants of the instance (200 in the run of
/// docs/benchmarks.md), as ComparisonService builds it: warm, i.e. with the participants' figures read once for the
/// data version (ComparisonParticipants), so a view costs the groups' statistics and the own figures. No hand-written
/// baseline: the same figures by SQL would be medians and percentiles per group over 200 tenants' costs, a second
/// implementation of the comparison; the figure is held against the target of 1 s. The first view (which
/// reads every participant) is reported beside it.
/// </summary>
public sealed class ComparisonPageCase : IBenchmarkCase
{
    public string Name => "Vergleichsseite, warm, ein Mandant";

    public async Task<IReadOnlyList<BenchmarkResult>> RunAsync(BenchmarkDatabase database, BenchmarkRun run, CancellationToken cancellationToken = default)
    {
        await using var services = FeatureServices.For(database);
        var comparison = services.GetRequiredService<ComparisonService>();

        var stopwatch = Stopwatch.StartNew();
        var first = await comparison.ViewAsync(cancellationToken: cancellationToken);
        var cold = stopwatch.Elapsed;
        if (!first.TakesPart)
            throw new InvalidOperationException("Der gemessene Mandant nimmt am Vergleich nicht teil: die Großinstanz ist älter als die Vergleichsdaten des Generators.");
        run.Log.WriteLine($"  Vergleich {first.Year}: {first.Lines.Count} Kennzahlen, {first.Shares.Count} Anteile, {first.Demands.Count} gemeinsame Forderungen.");

        var warm = await Measurement.MedianAsync(() => comparison.ViewAsync(cancellationToken: cancellationToken), run.Iterations, run.Warmup);
        var participants = services.GetRequiredService<ComparisonParticipants>().Computations;
        int tenants;
        await using (var db = await database.Factory.CreateDbContextAsync(cancellationToken))
        {
            tenants = await db.Tenants.CountAsync(t => t.TakesPartInComparison, cancellationToken);
        }

        return
        [
            new BenchmarkResult($"{Name} von {tenants}", database.Provider.ToString(), null, warm, "≤ 1 s", warm <= TimeSpan.FromSeconds(1),
                $"{first.Lines.Count} Kennzahlen; Teilnehmer {participants}× gelesen"),
            new BenchmarkResult($"{Name} von {tenants}, erster Aufruf", database.Provider.ToString(), null, cold, "berichten", null,
                "liest alle teilnehmenden Mandanten (einmal je Datenstand)"),
        ];
    }
}
