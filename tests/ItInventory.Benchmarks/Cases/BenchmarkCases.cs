using ItInventory.Benchmarks.Harness;

namespace ItInventory.Benchmarks.Cases;

public static class BenchmarkCases
{
    /// <summary>Every case. The export goes first: it measures the process's peak memory, which earlier cases would inflate.</summary>
    public static IReadOnlyList<IBenchmarkCase> All() =>
    [
        new BulkExportCase(),
        new DashboardCase(),
        new ProductFindingsCase(),
        new ProductGridCase(),
        new StyledReportsCase(),
        new ImportCase(),
        new InvoiceImportCase(),
        new AppStartCase(),
        new CircuitMemoryCase(),
        new ComparisonPageCase(),
        new ComparisonAggregateCase(),
    ];
}
