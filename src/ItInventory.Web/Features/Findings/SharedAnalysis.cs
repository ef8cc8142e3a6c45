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
/// Memory: at most <see cref="Capacity"/> results are kept (two by default: today's and one other date or option set,
/// e.g. an API call with asOf), the least recently used is dropped first, and results of a data version older than the
/// one just read are dropped at once (no request can ask for them again). One result holds the findings and the
/// per-product price comparisons, lock-in factors and gaps, not the snapshot it was computed from. Measured with the
/// benchmark case ProductFindingsCase: 26 MB at 2,000 generated products with ten years (18,670 findings), growing with
/// the number of products, so about 250 MB per result and 500 MB in all at 20,000 products.
/// </remarks>
public sealed class SharedAnalysis(int capacity = SharedAnalysis.DefaultCapacity)
{
    public const int DefaultCapacity = 2;

    private readonly Lock _gate = new();
    private readonly Dictionary<AnalysisKey, Entry> _entries = [];
    private long _uses;
    private int _computations;

    /// <summary>How many results are kept at most.</summary>
    public int Capacity { get; } = capacity >= 1 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), "Mindestens ein Ergebnis muss behalten werden.");

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
            EvictBeyondCapacity();
        }

        return entry.Result.Value.WaitAsync(cancellationToken);
    }

    private async Task<IndexedFindings> RunAsync(AnalysisKey key, Entry entry, Func<CancellationToken, Task<IndexedFindings>> compute)
    {
        Interlocked.Increment(ref _computations);
        try
        {
            // Off the caller's synchronisation context and out of its lock-step: the rules take seconds at large sizes.
            return await Task.Run(() => compute(CancellationToken.None));
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

    private void EvictBeyondCapacity()
    {
        while (_entries.Count > Capacity)
        {
            _entries.Remove(_entries.MinBy(e => e.Value.LastUse).Key);
        }
    }

    private sealed class Entry
    {
        public Lazy<Task<IndexedFindings>> Result { get; set; } = null!;
        public long LastUse { get; set; }
    }
}
