namespace ItInventory.Core.Comparison;

/// <summary>
/// What may be published about a group's figures: its size, a smoothed and rounded median, and quartiles from groups
/// of at least ten. Never a single value.
/// </summary>
public sealed record GroupSummary(int Members, decimal Median, decimal? LowerQuartile, decimal? UpperQuartile);

public static class GroupStatistics
{
    /// <summary>
    /// The summary of one figure per municipality, or null when the group is smaller than k. A plain median of an odd
    /// group is one member's exact figure, so the median of an odd group is the mean of its three middle values (of an
    /// even group, of its two), and every published figure is rounded to two significant digits.
    /// </summary>
    public static GroupSummary? Summarise(IReadOnlyCollection<decimal> perMember, ComparisonPrivacy privacy)
    {
        if (!privacy.MayShow(perMember.Count))
            return null;
        var sorted = perMember.Order().ToArray();
        var median = Rounding.TwoSignificantDigits(SmoothedMedian(sorted));
        if (!privacy.MayShowQuartiles(sorted.Length))
            return new GroupSummary(sorted.Length, median, null, null);
        return new GroupSummary(sorted.Length, median,
            Rounding.TwoSignificantDigits(Quantile(sorted, 0.25m)),
            Rounding.TwoSignificantDigits(Quantile(sorted, 0.75m)));
    }

    private static decimal SmoothedMedian(decimal[] sorted)
    {
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 0
            ? (sorted[middle - 1] + sorted[middle]) / 2m
            : (sorted[middle - 1] + sorted[middle] + sorted[middle + 1]) / 3m;
    }

    /// <summary>Linear interpolation between the ordered values (the usual "type 7" quantile).</summary>
    private static decimal Quantile(decimal[] sorted, decimal p)
    {
        var position = p * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
    }
}
