using ItInventory.Core.Comparison;
using static ItInventory.Core.Tests.Comparison.ComparisonGroups;

namespace ItInventory.Core.Tests.Comparison;

/// <summary>Running cost per case of the city services a product serves, under the same k rule as the other metrics.</summary>
public class ComparisonPerCaseTests
{
    // Running cost 2025 and yearly cases: 22, 10, 25, 15 and 30 € per case.
    private static List<ComparisonMember> Five(int? fifthCases = 10_200) =>
    [
        Member(1, 10_000, 0m, 22_000m, 4, cases: 1_000),
        Member(2, 20_000, 0m, 30_000m, 10, cases: 3_000),
        Member(3, 40_000, 0m, 100_000m, 20, cases: 4_000),
        Member(4, 50_000, 0m, 52_500m, 25, cases: 3_500),
        Member(5, 100_000, 0m, 306_000m, 50, cases: fifthCases),
    ];

    private static ComparisonRow? PerCase(IReadOnlyList<ComparisonMember> members, int? own = null, ComparisonPrivacy? privacy = null) =>
        MarketComparison.Figures(members, new ComparisonRequest(Year, null, ComparisonFilter.None, own), privacy ?? ComparisonPrivacy.Default)
            .SingleOrDefault(r => r.Scope == ComparisonScope.MarketProduct && r.Metric == ComparisonMetric.CostPerCase);

    [Theory]
    // The smoothed median of 10, 15, 22, 25, 30 is (15 + 22 + 25) / 3 = 20.67, published as 21.
    [InlineData(3, "25", 75)]
    [InlineData(2, "10", 0)]
    [InlineData(5, "30", 100)]
    public void Median_own_figure_and_percentile_per_case(int own, string ownFigure, int percentile)
    {
        var row = PerCase(Five(), own)!;

        Assert.Equal((5, 21m), (row.Group.Members, row.Group.Median));
        Assert.Equal(decimal.Parse(ownFigure, System.Globalization.CultureInfo.InvariantCulture), row.Own);
        Assert.Equal(percentile, row.OwnPercentile);
        Assert.Null(row.Group.LowerQuartile);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    public void A_member_without_cases_drops_out_and_four_with_cases_show_nothing(int? fifthCases)
    {
        Assert.Null(PerCase(Five(fifthCases)));
        // The other metrics still count all five.
        Assert.Contains(MarketComparison.Figures(Five(fifthCases), new ComparisonRequest(Year, null, ComparisonFilter.None), ComparisonPrivacy.Default),
            r => r.Metric == ComparisonMetric.CostPerInhabitant && r.Group.Members == 5);
        Assert.Equal(4, PerCase(Five(fifthCases), privacy: ComparisonPrivacy.From(4))!.Group.Members);
    }

    [Fact]
    public void Ten_members_get_interpolated_quartiles_per_case()
    {
        var members = Enumerable.Range(1, 10).Select(i => Member(i, 50_000, 0m, 1_000m * i, 10, cases: 1_000)).ToList();

        var row = PerCase(members)!;

        Assert.Equal((10, 5.5m, 3.3m, 7.8m), (row.Group.Members, row.Group.Median, row.Group.LowerQuartile, row.Group.UpperQuartile));
    }

    [Fact]
    public void The_metric_reads_in_german() =>
        Assert.Equal("Laufende Kosten je Fall und Jahr", ComparisonTexts.Label(ComparisonMetric.CostPerCase));
}
