namespace ItInventory.Benchmarks.Harness;

/// <param name="Iterations">Timed runs of each side; the median counts.</param>
/// <param name="Smoke">Tiny data, one run, for the test suite: the case must work, its figures mean nothing.</param>
public sealed record BenchmarkRun(int Iterations, int Warmup, bool Smoke, TextWriter Log)
{
    public static BenchmarkRun SmokeTest(TextWriter? log = null) => new(1, 0, true, log ?? TextWriter.Null);
}

/// <summary>One row (or a few) of docs/benchmarks.md.</summary>
public interface IBenchmarkCase
{
    string Name { get; }

    Task<IReadOnlyList<BenchmarkResult>> RunAsync(BenchmarkDatabase database, BenchmarkRun run, CancellationToken cancellationToken = default);
}
