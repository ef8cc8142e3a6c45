using ItInventory.Benchmarks.Harness;
using ItInventory.Web.Features.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace ItInventory.Benchmarks.Cases;

/// <summary>Each of the five styled Excel reports (ClosedXML) for the sample city; the target is under a second each.</summary>
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
            var records = 0;
            var time = await Measurement.MedianAsync(async () =>
            {
                using var scope = services.CreateScope();
                records = (await scope.ServiceProvider.GetRequiredService<ReportService>().CreateAsync(report, new ReportParameters(), cancellationToken)).Records;
            }, run.Iterations, run.Warmup);
            results.Add(new BenchmarkResult($"Bericht „{report.Title}“ ({records:N0} Einträge)", database.Provider.ToString(), null, time, "< 1 s", time < TimeSpan.FromSeconds(1)));
        }

        if (!run.Smoke)
        {
            // For the decision when the styled reports should stream: the per-product reports over the large instance.
            await using var large = FeatureServices.For(database);
            foreach (var report in ReportCatalog.All.Where(r => r.Slug is "inventar" or "kosten"))
            {
                using var memory = PeakMemory.Start();
                var records = 0;
                var time = await Measurement.TimeAsync(async () =>
                {
                    using var scope = large.CreateScope();
                    records = (await scope.ServiceProvider.GetRequiredService<ReportService>().CreateAsync(report, new ReportParameters(), cancellationToken)).Records;
                });
                results.Add(new BenchmarkResult($"Bericht „{report.Title}“, Großinstanz ({records:N0} Einträge)", database.Provider.ToString(), null, time, "–", null,
                    $"Arbeitsspeicher +{(memory.PeakWorkingSetBytes - memory.StartWorkingSetBytes) / 1024d / 1024d:N0} MB während des Berichts"));
            }
        }

        return results;
    }
}
