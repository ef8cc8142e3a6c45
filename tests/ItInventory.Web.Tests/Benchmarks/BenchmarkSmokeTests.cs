using ItInventory.Benchmarks;
using ItInventory.Benchmarks.Cases;
using ItInventory.Benchmarks.Harness;
using ItInventory.Web.Data.Generation;
using ItInventory.Web.Tests.Support;

namespace ItInventory.Web.Tests.Benchmarks;

/// <summary>
/// Every benchmark case runs once on a tiny generated instance, on the provider of this test run, so the benchmarks keep
/// working as the app changes. Their figures are not checked here: scripts/benchmarks.sh measures on the large instance.
/// </summary>
public class BenchmarkSmokeTests
{
    public static TheoryData<string> Cases() => new(BenchmarkCases.All().Select(c => c.GetType().Name));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_case_runs_on_a_tiny_instance(string caseName)
    {
        await using var db = await TestDatabase.CreateEmptyAsync();
        await new LargeInstanceGenerator(db.Factory, db.Clock).GenerateAsync(new LargeInstanceSettings(Products: 60, Years: 3, Seed: 1), TestDatabase.SeedFolder);
        await using var database = new BenchmarkDatabase(db.Provider, db.ConnectionString);
        var benchmark = BenchmarkCases.All().Single(c => c.GetType().Name == caseName);

        var results = await benchmark.RunAsync(database, BenchmarkRun.SmokeTest());

        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.True(r.Measured >= TimeSpan.Zero && (r.Baseline is null || r.Baseline > TimeSpan.Zero), r.Case));
        Assert.Contains(BenchmarkProgram.Markdown(results, new LargeInstanceSettings(60, 3, 1), 1).Split('\n'), line => line.StartsWith($"| {results[0].Case} |"));
    }

    /// <summary>
    /// Spread over tenants, the cases work in one of them; the dashboard and product list cases compare the app's figures
    /// with the hand-written SQL's and stop when they differ, so the SQL must name the tenant as the app does.
    /// </summary>
    [Theory]
    [InlineData(nameof(DashboardCase))]
    [InlineData(nameof(ProductGridCase))]
    public async Task The_case_runs_in_one_tenant_of_several(string caseName)
    {
        await using var db = await TestDatabase.CreateEmptyAsync();
        await new LargeInstanceGenerator(db.Factory, db.Clock).GenerateAsync(new LargeInstanceSettings(Products: 90, Years: 3, Seed: 1, Tenants: 3), TestDatabase.SeedFolder);
        await using var database = new BenchmarkDatabase(db.Provider, db.ConnectionString, tenantId: 2);

        var results = await BenchmarkCases.All().Single(c => c.GetType().Name == caseName).RunAsync(database, BenchmarkRun.SmokeTest());

        Assert.NotEmpty(results);
    }
}
