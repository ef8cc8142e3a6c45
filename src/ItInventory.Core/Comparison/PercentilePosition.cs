namespace ItInventory.Core.Comparison;

/// <summary>Where one municipality's figure lies in its group, as a percentile the municipality sees of itself.</summary>
public static class PercentilePosition
{
    /// <summary>
    /// The share of the other members with a lower figure (ties count half), in whole percent; null when the group
    /// (with the own member) is smaller than k. 0 = the lowest figure, 100 = the highest.
    /// </summary>
    public static int? Of(decimal own, IReadOnlyCollection<decimal> others, ComparisonPrivacy privacy)
    {
        if (!privacy.MayShow(others.Count + 1) || others.Count == 0)
            return null;
        var below = others.Count(v => v < own) + others.Count(v => v == own) / 2m;
        return (int)Math.Round(below * 100m / others.Count, 0, MidpointRounding.AwayFromZero);
    }
}
