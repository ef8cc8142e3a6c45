namespace ItInventory.Core.Comparison.Exchange;

/// <summary>Builds a member's exchange file from the same figures the comparison page reads.</summary>
public static class ExchangeFiles
{
    /// <summary>Four decimals are more than any published figure needs and keep the file free of long fractions.</summary>
    private const int Decimals = 4;

    public static ExchangeFile Of(ComparisonMember member, string senderId, DateOnly exportedOn) =>
        new(ExchangeFile.CurrentVersion, senderId, exportedOn, member.SizeClass, member.State,
            MarketComparison.Groups([member], ComparisonFilter.None)
                .Select(g => GroupOf(g.Scope, g.Key, (MemberFigures)g.Group[0]))
                .ToList());

    private static ExchangeGroup GroupOf(ComparisonScope scope, string key, MemberFigures figures)
    {
        var years = figures.Products.SelectMany(p => p.RunningCostByYear.Keys).Distinct().Order().Select(year =>
        {
            var request = new ComparisonRequest(year, null, ComparisonFilter.None);
            return new ExchangeYear(year,
                Round(figures.Value(ComparisonMetric.CostPerInhabitant, request)),
                Round(figures.Value(ComparisonMetric.CostPerUser, request)),
                Round(figures.YearOverYear(year)),
                Round(figures.Value(ComparisonMetric.CostPerCase, request)));
        }).ToList();
        var terms = figures.Terms is { } t ? new ExchangeTerms(t.NoticePeriodMonths, t.PriceClause, t.ExitSupport) : null;
        return new ExchangeGroup(scope, key, figures.VendorKey, figures.BestInterface, terms, years, figures.OnlineApplication);
    }

    private static decimal? Round(decimal? value) =>
        value is { } v ? Math.Round(v, Decimals, MidpointRounding.AwayFromZero) : null;
}
