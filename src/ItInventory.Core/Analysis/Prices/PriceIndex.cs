using ItInventory.Core.Domain;

namespace ItInventory.Core.Analysis.Prices;

/// <summary>The annual VPI values the city has entered (data, because Destatis revises them).</summary>
public sealed class PriceIndex
{
    private readonly SortedDictionary<int, PriceIndexValue> values = [];

    public PriceIndex(IEnumerable<PriceIndexValue> values)
    {
        // A later entry for the same year wins: imports append revisions.
        foreach (var value in values.Where(v => v.Value > 0))
            this.values[value.Year] = value;
    }

    public int? LatestYear => values.Count == 0 ? null : values.Keys.Last();

    /// <summary>
    /// The index change between two years, or null when it cannot be stated. A year after the latest published one
    /// is estimated with <see cref="MissingIndexPolicy.UseLatestKnownChange"/> by carrying the latest annual change
    /// forward; gaps between published years and years before the first one are never estimated.
    /// </summary>
    public IndexChange? Change(int fromYear, int toYear, MissingIndexPolicy policy)
    {
        var from = ValueOf(fromYear, policy);
        var to = ValueOf(toYear, policy);
        if (from is null || to is null)
            return null;
        var carriedFrom = from.Value.Estimated || to.Value.Estimated ? LatestYear : null;
        return new IndexChange(fromYear, toYear, from.Value.Value, to.Value.Value,
            from.Value.Preliminary || to.Value.Preliminary, carriedFrom);
    }

    private (decimal Value, bool Preliminary, bool Estimated)? ValueOf(int year, MissingIndexPolicy policy)
    {
        if (values.TryGetValue(year, out var known))
            return (known.Value, known.IsPreliminary, false);
        if (policy != MissingIndexPolicy.UseLatestKnownChange || LatestYear is not { } latest || year < latest
            || !values.TryGetValue(latest - 1, out var beforeLatest))
            return null;

        var latestValue = values[latest];
        var annualFactor = latestValue.Value / beforeLatest.Value;
        var value = latestValue.Value;
        for (var y = latest; y < year; y++)
            value *= annualFactor;
        return (value, latestValue.IsPreliminary, true);
    }
}
