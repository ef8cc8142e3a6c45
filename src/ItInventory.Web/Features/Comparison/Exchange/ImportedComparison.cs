using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Comparison;
using ItInventory.Core.Comparison.Exchange;

namespace ItInventory.Web.Features.Comparison.Exchange;

/// <summary>
/// The page "Vergleich" from an imported aggregate: the groups as the Vergleichsstelle published them (and only those
/// that also reach this installation's k), beside the own figures computed here. No percentile: the aggregate holds no
/// single values, so the own position is the quarter or half of the group it falls into.
/// </summary>
public static class ImportedComparison
{
    public static ComparisonView View(AggregateFile aggregate, ComparisonMember own, IndexChange? index, ComparisonFilter filter,
        ComparisonPrivacy privacy, CatalogueNames names)
    {
        var source = $"Gesamtdatei einer Vergleichsstelle vom {Formats.Date(aggregate.CreatedOn)} ({aggregate.Senders} Absender)";
        var minimum = Math.Max(privacy.MinimumGroup, aggregate.MinimumGroup);
        if (aggregate.ViewFor(filter) is not { } view)
            return new ComparisonView(true, aggregate.Year, minimum, [], [], [], source);

        var request = new ComparisonRequest(aggregate.Year, index, ComparisonFilter.None, own.MemberId);
        var ownGroups = MarketComparison.Groups([own], ComparisonFilter.None).ToDictionary(g => (g.Scope, g.Key), g => g.Group[0]);
        var lines = view.Figures.Where(f => privacy.MayShow(f.Group.Members)).Select(f =>
        {
            var ownValue = ownGroups.GetValueOrDefault((f.Scope, f.Key))?.Value(f.Metric, request);
            return new ComparisonLine(f.Scope, names.Subject(f.Scope, f.Key), f.Metric, f.Group, ownValue, null,
                ownValue is { } o ? AggregatePosition.Of(o, f.Group) : null);
        }).ToList();
        var shares = view.Shares.Where(s => privacy.MayShow(s.Members)).Select(s => new ShareLine(names.Subject(s.Scope, s.Key), s)).ToList();
        var demands = view.Demands.Where(d => privacy.MayShow(d.Members))
            .Select(d => new DemandLine(names.Vendor(d.VendorKey), names.Product(d.MarketProductKey), d.Kind, d.Members, d.SharePercent)).ToList();
        return new ComparisonView(true, aggregate.Year, minimum, lines, shares, demands, source);
    }
}
