using System.Security.Cryptography;
using System.Text.Json;
using ItInventory.Core.Analysis;

namespace ItInventory.Web.Features.Findings;

/// <summary>What an analysis result depends on: the tenant, the as-of date, the effective options and the data version.</summary>
public sealed record AnalysisKey(int? TenantId, DateOnly AsOf, string OptionsFingerprint, long DataVersion)
{
    /// <summary>Equal options give equal fingerprints within one app instance (the order of the lock-in weights counts, harmlessly).</summary>
    public static string Fingerprint(AnalysisOptions options) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(options)));
}

/// <summary>
/// The analysis results of this app instance, shared by every user, page, API call and report: the rules run once per
/// <see cref="AnalysisKey"/>, however many requests ask at the same time (single flight). Every request reads the
/// data version from the database first, so a write committed by any instance on the same database is seen by the
/// next request everywhere, and no result outlives the data it was computed from.
/// </summary>
/// <remarks>
/// Memory: results are kept while together they hold at most <see cref="Budget"/> items (findings, per-product price
/// comparisons, lock-in scores and gaps: what a result keeps; not the snapshot it was computed from); the most recent
/// result is always kept, the least recently used is dropped first, and results of a data version older than the one
/// just read are dropped at once (no request can ask for them again). Measured with the benchmark case
/// ProductFindingsCase: 26 MB at 2,000 generated products with ten years (18,670 findings, about 21,000 items in all),
/// so about 1.3 KB per item; a 20,000-product city's result held about 230,000 items (185,430 findings, 266–288 MB) on
/// 2026-12-05 and 212–235 MB with the 136,293 findings of the rules of 2026-12-06 (measured 2026-12-07). The
/// default budget of 500,000 items (about 650 MB) keeps two results of such a city, or the results of all 200 members
/// of a data centre with 100 products each: counting results instead would either waste memory on one large tenant or
/// recompute the small ones all day.
/// </remarks>
public sealed class SharedAnalysis(int budget = SharedAnalysis.DefaultBudget)
{
    public const int DefaultBudget = 500_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<AnalysisKey, Entry> _entries = [];
    private long _uses;
    private int _computations;

    /// <summary>How many items the kept results may hold together (the most recent result is kept whatever its size).</summary>
    public int Budget { get; } = budget >= 1 ? budget : throw new ArgumentOutOfRangeException(nameof(budget), "Mindestens ein Ergebnis muss behalten werden.");

    /// <summary>What a result holds, the measure of <see cref="Budget"/>; at least one, so empty results are bounded too.</summary>
    public static int SizeOf(IndexedFindings result)
    {
        var report = result.Report;
        return Math.Max(1, report.Findings.Count + report.ProductPrices.Count + report.LockIn.Count + report.ComplianceGaps.Count);
    }

    /// <summary>How many times the rules actually ran; for tests and logs.</summary>
    public int Computations => Volatile.Read(ref _computations);

    /// <summary>The keys held now, most recently used first.</summary>
    public IReadOnlyList<AnalysisKey> Keys
    {
        get
        {
            lock (_gate)
            {
                return _entries.OrderByDescending(e => e.Value.LastUse).Select(e => e.Key).ToList();
            }
        }
    }

    /// <summary>
    /// The result for <paramref name="key"/>: cached, being computed by another request (then awaited), or computed
    /// now by <paramref name="compute"/>. The computation is not tied to the first caller's cancellation, since others
    /// may wait for it; a caller that gives up only stops waiting. A computation that fails or is cancelled is removed,
    /// so the next request tries again.
    /// </summary>
    public Task<IndexedFindings> GetAsync(AnalysisKey key, Func<CancellationToken, Task<IndexedFindings>> compute, CancellationToken cancellationToken = default)
    {
        Entry entry;
        lock (_gate)
        {
            DropOlderVersions(key.DataVersion);
            if (!_entries.TryGetValue(key, out entry!))
            {
                entry = new Entry();
                var created = entry;
                entry.Result = new Lazy<Task<IndexedFindings>>(() => RunAsync(key, created, compute));
                _entries[key] = entry;
            }

            entry.LastUse = ++_uses;
            EvictBeyondBudget();
        }

        return entry.Result.Value.WaitAsync(cancellationToken);
    }

    private async Task<IndexedFindings> RunAsync(AnalysisKey key, Entry entry, Func<CancellationToken, Task<IndexedFindings>> compute)
    {
        Interlocked.Increment(ref _computations);
        try
        {
            // Off the caller's synchronisation context and out of its lock-step: the rules take seconds at large sizes.
            var result = await Task.Run(() => compute(CancellationToken.None));
            lock (_gate)
            {
                // Its size is known only now; a large result may push older ones out.
                entry.Size = SizeOf(result);
                EvictBeyondBudget();
            }

            return result;
        }
        catch
        {
            lock (_gate)
            {
                if (_entries.TryGetValue(key, out var current) && ReferenceEquals(current, entry))
                {
                    _entries.Remove(key);
                }
            }

            throw;
        }
    }

    private void DropOlderVersions(long version)
    {
        foreach (var stale in _entries.Keys.Where(k => k.DataVersion < version).ToList())
        {
            _entries.Remove(stale);
        }
    }

    // Results still being computed count as one item until their size is known.
    private void EvictBeyondBudget()
    {
        while (_entries.Count > 1 && _entries.Values.Sum(e => (long)e.Size) > Budget)
        {
            _entries.Remove(_entries.MinBy(e => e.Value.LastUse).Key);
        }
    }

    private sealed class Entry
    {
        public Lazy<Task<IndexedFindings>> Result { get; set; } = null!;
        public long LastUse { get; set; }
        public int Size { get; set; } = 1;
    }
}
