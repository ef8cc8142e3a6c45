using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Domain.Tenants;

namespace ItInventory.Core.Comparison.Exchange;

/// <summary>
/// The Vergleichsstelle's aggregate of many exchange files: one member per sender (the newest file of a sender wins),
/// then the same group rules as the page within an installation, for all senders, each size class and each Land.
/// </summary>
public static class ExchangeAggregation
{
    public static AggregateFile Aggregate(IEnumerable<ExchangeFile> files, int year, IndexChange? index, ComparisonPrivacy privacy, DateOnly createdOn)
    {
        var senders = Newest(files);
        var request = new ComparisonRequest(year, index, ComparisonFilter.None);
        var filters = new[] { ComparisonFilter.None }
            .Concat(Enum.GetValues<SizeClass>().Select(s => new ComparisonFilter(SizeClass: s)))
            .Concat(Enum.GetValues<FederalState>().Select(s => new ComparisonFilter(State: s)));
        var views = filters.Select(filter => ViewOf(senders, filter, request, privacy))
            .Where(v => v.Figures.Count > 0 || v.Shares.Count > 0)
            .ToList();
        return new AggregateFile(AggregateFile.CurrentVersion, createdOn, year, privacy.MinimumGroup, senders.Count, views);
    }

    /// <summary>One file per sender: the most recently exported (a later upload of the same date wins).</summary>
    public static IReadOnlyList<ExchangeFile> Newest(IEnumerable<ExchangeFile> files) =>
        files.Select((file, order) => (file, order))
            .GroupBy(f => f.file.SenderId, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(f => f.file.ExportedOn).ThenByDescending(f => f.order).First().file)
            .OrderBy(f => f.SenderId, StringComparer.Ordinal)
            .ToList();

    private static AggregateView ViewOf(IReadOnlyList<ExchangeFile> senders, ComparisonFilter filter, ComparisonRequest request, ComparisonPrivacy privacy)
    {
        var groups = GroupsOf(senders.Where(f => (filter.SizeClass is null || f.SizeClass == filter.SizeClass) && (filter.State is null || f.State == filter.State)).ToList());
        var figures = groups.SelectMany(g => MarketComparison.Rows(g, null, request, privacy))
            .Select(r => new AggregateFigure(r.Scope, r.Key, r.Metric, r.Group)).ToList();
        return new AggregateView(filter.SizeClass, filter.State, figures, MarketComparison.Shares(groups, privacy), JointDemands.Of(groups, request, privacy));
    }

    private static IReadOnlyList<ComparedGroup> GroupsOf(IReadOnlyList<ExchangeFile> senders) =>
        senders.SelectMany((file, member) => file.Groups.Select(group => (Member: member, Group: group)))
            .GroupBy(m => (m.Group.Scope, m.Group.Key))
            .OrderBy(g => g.Key.Scope).ThenBy(g => g.Key.Key, StringComparer.Ordinal)
            .Select(g => new ComparedGroup(g.Key.Scope, g.Key.Key,
                // A sender that (wrongly) lists a group twice still counts once: its first entry.
                g.DistinctBy(m => m.Member).Select(m => (IGroupFigures)new ExchangeMember(m.Member, m.Group)).ToList()))
            .ToList();
}
