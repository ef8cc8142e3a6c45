using ItInventory.Benchmarks.Harness;
using ItInventory.Web.Features.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace ItInventory.Benchmarks.Cases;

/// <summary>
/// Each of the five styled Excel reports for the sample city, from the request to the last byte; the target is under a
/// second each. On the large instance the per-product reports run once more, streamed as the app does above the row
/// threshold and built in memory with ClosedXML as before, to show what the threshold saves.
/// </summary>
public sealed class StyledReportsCase : IBenchmarkCase
{
    public string Name => "Gestaltete Berichte, Beispielstadt";

    public async Task<IReadOnlyList<BenchmarkResult>> RunAsync(BenchmarkDatabase database, BenchmarkRun run, CancellationToken cancellationToken = default)
    {
        await using var copies = await SampleCityCopies.CreateAsync(database);
        var city = await copies.NewCopyAsync();
        await using var services = FeatureServices.For(city);
        var results = new List<BenchmarkResult>();
        foreach (var report in ReportCatalog.All)
        {
            ReportFile? file = null;
            var time = await Measurement.MedianAsync(async () => file = await CreateAndWriteAsync(services, report, cancellationToken), run.Iterations, run.Warmup);
            results.Add(new BenchmarkResult($"Bericht „{report.Title}“ ({file!.Records:N0} Einträge)", database.Provider.ToString(), null, time, "< 1 s",
                time < TimeSpan.FromSeconds(1), file.IsStreamed ? "gestreamt" : null));
        }

        await using var streaming = FeatureServices.For(database);
        await using var inMemory = FeatureServices.For(database, o => o.StreamingRowThreshold = int.MaxValue);
        foreach (var report in ReportCatalog.All.Where(r => r.Slug is "inventar" or "kosten"))
        {
            foreach (var (reportServices, how) in new[] { (streaming, "wie die App"), (inMemory, "ganz im Speicher (ClosedXML)") })
            {
                using var memory = PeakMemory.Start();
                ReportFile? file = null;
                var time = await Measurement.TimeAsync(async () => file = await CreateAndWriteAsync(reportServices, report, cancellationToken));
                results.Add(new BenchmarkResult($"Bericht „{report.Title}“, Großinstanz ({file!.Rows:N0} Zeilen), {how}", database.Provider.ToString(), null, time, "–", null,
                    $"{(file.IsStreamed ? "gestreamt" : "im Speicher gebaut")}; Arbeitsspeicher +{(memory.PeakWorkingSetBytes - memory.StartWorkingSetBytes) / 1024d / 1024d:N0} MB, "
                    + $"verwalteter Heap höchstens {memory.PeakManagedHeapBytes / 1024d / 1024d:N0} MB; ein Lauf"));
            }
        }

        return results;
    }

    /// <summary>The report as the endpoint delivers it: created, then written to a client that reads as fast as it can.</summary>
    private static async Task<ReportFile> CreateAndWriteAsync(ServiceProvider services, ReportDefinition report, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var file = await scope.ServiceProvider.GetRequiredService<ReportService>().CreateAsync(report, new ReportParameters(), cancellationToken);
        await file.WriteToAsync(new CountingStream(), cancellationToken);
        return file;
    }
}
