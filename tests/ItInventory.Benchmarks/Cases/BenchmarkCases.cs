using ItInventory.Benchmarks.Harness;

namespace ItInventory.Benchmarks.Cases;

public static class BenchmarkCases
{
    /// <summary>Every case, in the order of docs/benchmarks.md.</summary>
    public static IReadOnlyList<IBenchmarkCase> All() =>
    [
        new DashboardCase(),
        new ProductGridCase(),
        new BulkExportCase(),
        new StyledReportsCase(),
        new ImportCase(),
        new AppStartCase(),
        new CircuitMemoryCase(),
    ];
}
