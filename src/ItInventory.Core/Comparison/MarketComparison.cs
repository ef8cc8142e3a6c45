namespace ItInventory.Core.Comparison;

/// <summary>
/// The comparison of participating municipalities per market product and per category. Every figure goes through
/// <see cref="GroupStatistics"/> on the group that remains after the filter, so nothing about fewer than k
/// municipalities comes out; the own member's figure is the only single value, and only for itself.
/// </summary>
public static class MarketComparison
{
    private static readonly ComparisonMetric[] Metrics = Enum.GetValues<ComparisonMetric>();

    public static IReadOnlyList<ComparisonRow> Figures(IReadOnlyList<ComparisonMember> members, ComparisonRequest request, ComparisonPrivacy privacy) =>
        Figures(Groups(members, request.Filter).ToList(), members.FirstOrDefault(m => m.MemberId == request.OwnMemberId), request, privacy);

    /// <summary>The figures of groups already formed (a page forms them once for figures, shares and demands).</summary>
    public static IReadOnlyList<ComparisonRow> Figures(IReadOnlyList<ComparedGroup> groups, ComparisonMember? own, ComparisonRequest request, ComparisonPrivacy privacy)
    {
        var rows = new List<ComparisonRow>();
        foreach (var group in groups)
        {
            var ownFigures = own is null ? null : FiguresOf(own, group.Scope, group.Key);
            rows.AddRange(Rows(group, ownFigures, request, privacy));
        }

        return rows;
    }

    /// <summary>The published figures of one group, with the own member's figure and position when it is given.</summary>
    public static IEnumerable<ComparisonRow> Rows(ComparedGroup group, IGroupFigures? ownFigures, ComparisonRequest request, ComparisonPrivacy privacy)
    {
        foreach (var metric in Metrics)
        {
            var values = group.Group.Select(f => (f.MemberId, Value: f.Value(metric, request)))
                .Where(v => v.Value is not null).ToList();
            if (GroupStatistics.Summarise(values.Select(v => v.Value!.Value).ToList(), privacy) is not { } summary)
                continue;
            var ownValue = ownFigures?.Value(metric, request);
            var others = values.Where(v => v.MemberId != request.OwnMemberId).Select(v => v.Value!.Value).ToList();
            var percentile = ownValue is { } o ? PercentilePosition.Of(o, others, privacy) : null;
            yield return new ComparisonRow(group.Scope, group.Key, metric, summary, ownValue, percentile);
        }
    }

    public static IReadOnlyList<TermShares> Shares(IReadOnlyList<ComparisonMember> members, ComparisonFilter filter, ComparisonPrivacy privacy) =>
        Shares(Groups(members, filter), privacy);

    /// <summary>Interface kinds and contract terms as shares of each group of at least k members.</summary>
    public static IReadOnlyList<TermShares> Shares(IEnumerable<ComparedGroup> groups, ComparisonPrivacy privacy) =>
        groups.Where(g => privacy.MayShow(g.Group.Count)).Select(g =>
        {
            var terms = g.Group.Select(f => f.Terms).OfType<ContractTerms>().ToList();
            var showTerms = privacy.MayShow(terms.Count);
            var rated = g.Group.Select(f => f.OnlineApplication).OfType<bool>().ToList();
            return new TermShares(g.Scope, g.Key, g.Group.Count,
                Percent(g.Group.Count(f => f.BestInterface == InterfaceKind.ServiceApi), g.Group.Count),
                Percent(g.Group.Count(f => f.BestInterface == InterfaceKind.MessageFormat), g.Group.Count),
                Percent(g.Group.Count(f => f.BestInterface == InterfaceKind.Proprietary), g.Group.Count),
                showTerms ? Percent(terms.Count(t => t.NoticePeriodMonths > 3), terms.Count) : null,
                showTerms ? Percent(terms.Count(t => t.PriceClause == Domain.PriceAdjustmentKind.Unilateral), terms.Count) : null,
                showTerms ? Percent(terms.Count(t => t.PriceClause == Domain.PriceAdjustmentKind.IndexLinked), terms.Count) : null,
                showTerms ? Percent(terms.Count(t => t.ExitSupport), terms.Count) : null,
                privacy.MayShow(rated.Count) ? Percent(rated.Count(online => online), rated.Count) : null);
        }).ToList();

    /// <summary>
    /// The groups after the filter: one per market product and one per category, each member once (its products in
    /// the group merged), in key order. One pass over the members' products: 200 members with 70 products each form
    /// their 400 groups in milliseconds, where asking every member for every key took a second.
    /// </summary>
    public static IEnumerable<ComparedGroup> Groups(IReadOnlyList<ComparisonMember> members, ComparisonFilter filter)
    {
        var admitted = members.Where(filter.Admits).ToList();
        foreach (var scope in new[] { ComparisonScope.MarketProduct, ComparisonScope.Category })
        {
            var byKey = new SortedDictionary<string, List<IGroupFigures>>(StringComparer.Ordinal);
            foreach (var member in admitted)
            {
                foreach (var products in member.Products.GroupBy(p => KeyOf(p, scope), StringComparer.Ordinal))
                {
                    if (!byKey.TryGetValue(products.Key, out var group))
                        byKey[products.Key] = group = [];
                    group.Add(new MemberFigures(member, products.ToList()));
                }
            }

            foreach (var (key, group) in byKey)
                yield return new ComparedGroup(scope, key, group);
        }
    }

    public static MemberFigures? FiguresOf(ComparisonMember member, ComparisonScope scope, string key)
    {
        var products = member.Products.Where(p => KeyOf(p, scope) == key).ToList();
        return products.Count == 0 ? null : new MemberFigures(member, products);
    }

    private static string KeyOf(MemberProduct product, ComparisonScope scope) =>
        scope == ComparisonScope.MarketProduct ? product.MarketProductKey : product.CategoryCode;

    private static int Percent(int part, int whole) =>
        whole == 0 ? 0 : (int)Math.Round(part * 100m / whole, 0, MidpointRounding.AwayFromZero);
}
