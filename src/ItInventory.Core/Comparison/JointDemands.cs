namespace ItInventory.Core.Comparison;

/// <summary>Why municipalities could approach a vendor together.</summary>
public enum JointDemandKind
{
    /// <summary>Many municipalities use the product and none gets a service API.</summary>
    ServiceApi,

    /// <summary>Most users saw the cost rise by more than the VPI.</summary>
    IncreaseAboveIndex,
}

/// <summary>A demand about one market product of one vendor, with the group size and the share that backs it.</summary>
public sealed record JointDemand(string VendorKey, string MarketProductKey, JointDemandKind Kind, int Members, int SharePercent);

/// <summary>
/// The "joint demands" list: market products used by at least k participating municipalities (after the filter) that
/// offer none of them a service API, or whose cost rose above the VPI for more than half of those with figures for
/// both years (and at least k of them).
/// </summary>
public static class JointDemands
{
    public static IReadOnlyList<JointDemand> Of(IReadOnlyList<ComparisonMember> members, ComparisonRequest request, ComparisonPrivacy privacy) =>
        Of(MarketComparison.Groups(members, request.Filter), request, privacy);

    /// <summary>The list over groups already formed (and filtered): of one installation or of exchange files.</summary>
    public static IReadOnlyList<JointDemand> Of(IEnumerable<ComparedGroup> groups, ComparisonRequest request, ComparisonPrivacy privacy)
    {
        var demands = new List<JointDemand>();
        foreach (var (_, key, group) in groups.Where(g => g.Scope == ComparisonScope.MarketProduct))
        {
            if (!privacy.MayShow(group.Count))
                continue;
            var vendor = group[0].VendorKey;
            if (group.All(f => f.BestInterface != InterfaceKind.ServiceApi))
                demands.Add(new JointDemand(vendor, key, JointDemandKind.ServiceApi, group.Count, 100));

            var excesses = group.Select(f => f.Value(ComparisonMetric.ChangeAboveIndex, request)).OfType<decimal>().ToList();
            var above = excesses.Count(e => e > 0m);
            if (privacy.MayShow(excesses.Count) && above * 2 > excesses.Count)
                demands.Add(new JointDemand(vendor, key, JointDemandKind.IncreaseAboveIndex, excesses.Count,
                    (int)Math.Round(above * 100m / excesses.Count, 0, MidpointRounding.AwayFromZero)));
        }

        return demands.OrderBy(d => d.VendorKey, StringComparer.Ordinal).ThenBy(d => d.MarketProductKey, StringComparer.Ordinal).ToList();
    }
}
