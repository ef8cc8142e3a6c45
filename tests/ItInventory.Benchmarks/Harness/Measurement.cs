using System.Diagnostics;

namespace ItInventory.Benchmarks.Harness;

/// <summary>One line of the results table.</summary>
public sealed record BenchmarkResult(
    string Case,
    string Provider,
    TimeSpan? Baseline,
    TimeSpan Measured,
    string Target,
    bool? Met,
    string? Note = null)
{
    public double? Ratio => Baseline is { } baseline && baseline > TimeSpan.Zero ? Measured / baseline : null;

    /// <summary>For memory cases: the case's and the baseline's figure in KB.</summary>
    public (double Case, double Baseline)? Kilobytes { get; init; }
}

/// <summary>
/// Times a case against its baseline in the same process, alternating the two so that load from other processes on
/// a shared machine hits both alike; reports medians.
/// </summary>
public static class Measurement
{
    /// <param name="beforeMeasured">Untimed preparation before every run of <paramref name="measured"/> (e.g. a fresh database copy).</param>
    public static async Task<(TimeSpan Baseline, TimeSpan Measured)> CompareAsync(Func<Task> baseline, Func<Task> measured, int iterations, int warmup = 1, Func<Task>? beforeMeasured = null)
    {
        beforeMeasured ??= () => Task.CompletedTask;
        for (var i = 0; i < warmup; i++)
        {
            await baseline();
            await beforeMeasured();
            await measured();
        }

        var baselineTimes = new List<TimeSpan>();
        var measuredTimes = new List<TimeSpan>();
        for (var i = 0; i < iterations; i++)
        {
            // Alternate which goes first, so neither always runs on a warmer cache.
            if (i % 2 == 0)
            {
                baselineTimes.Add(await TimeAsync(baseline));
                await beforeMeasured();
                measuredTimes.Add(await TimeAsync(measured));
            }
            else
            {
                await beforeMeasured();
                measuredTimes.Add(await TimeAsync(measured));
                baselineTimes.Add(await TimeAsync(baseline));
            }
        }

        return (Median(baselineTimes), Median(measuredTimes));
    }

    public static async Task<TimeSpan> MedianAsync(Func<Task> action, int iterations, int warmup = 1)
    {
        for (var i = 0; i < warmup; i++)
        {
            await action();
        }

        var times = new List<TimeSpan>();
        for (var i = 0; i < iterations; i++)
        {
            times.Add(await TimeAsync(action));
        }

        return Median(times);
    }

    public static async Task<TimeSpan> TimeAsync(Func<Task> action)
    {
        var stopwatch = Stopwatch.StartNew();
        await action();
        return stopwatch.Elapsed;
    }

    private static TimeSpan Median(List<TimeSpan> times)
    {
        times.Sort();
        return times[times.Count / 2];
    }
}
