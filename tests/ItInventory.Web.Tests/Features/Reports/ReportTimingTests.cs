using ItInventory.Web.Features.Reports;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ItInventory.Web.Tests.Features.Reports;

/// <summary>
/// The styled reports for the sample city build in under a second once the code is warm. Run alone, after the
/// parallel tests, so that browser tests on the same two cores do not measure themselves into the result.
/// </summary>
[Collection(Name)]
public class ReportTimingTests(ITestOutputHelper output) : IAsyncLifetime
{
    public const string Name = "Zeitmessung";

    private TestDatabase _db = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateSampleCityAsync();
        _services = ReportServices.For(_db, Roles.ItLeitung);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task Every_report_builds_in_under_a_second_for_the_sample_city()
    {
        foreach (var report in ReportCatalog.All)
        {
            await CreateAsync(report);
            var best = TimeSpan.MaxValue;
            for (var run = 0; run < 3; run++)
            {
                var file = await CreateAsync(report);
                best = file.Duration < best ? file.Duration : best;
            }

            output.WriteLine($"{report.Title}: {best.TotalMilliseconds:F0} ms");
            Assert.True(best < TimeSpan.FromSeconds(1), $"{report.Title} brauchte {best.TotalMilliseconds:F0} ms.");
        }
    }

    private async Task<ReportFile> CreateAsync(ReportDefinition report)
    {
        using var scope = _services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ReportService>().CreateAsync(report, new ReportParameters());
    }
}

[CollectionDefinition(ReportTimingTests.Name, DisableParallelization = true)]
public sealed class ReportTimingCollection;
