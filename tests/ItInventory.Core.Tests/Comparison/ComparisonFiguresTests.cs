using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Comparison;
using ItInventory.Core.Domain;
using static ItInventory.Core.Tests.Comparison.ComparisonGroups;

namespace ItInventory.Core.Tests.Comparison;

/// <summary>Medians, percentiles, shares and joint demands on five hand-built municipalities.</summary>
public class ComparisonFiguresTests
{
    private static readonly IndexChange Vpi2025 = new(2024, 2025, 119.3m, 121.9m, true);

    // inhabitants, running cost 2024 → 2025, users: per inhabitant 2,20 / 1,50 / 2,50 / 1,05 / 3,06 €; changes +10, 0, +25, +5, +2 %.
    private static List<ComparisonMember> Five(InterfaceKind third = InterfaceKind.MessageFormat) =>
    [
        Member(1, 10_000, 20_000m, 22_000m, 4, terms: Terms(6, PriceAdjustmentKind.Unilateral, false)),
        Member(2, 20_000, 30_000m, 30_000m, 10, terms: Terms(3, PriceAdjustmentKind.IndexLinked, true)),
        Member(3, 40_000, 80_000m, 100_000m, 20, interfaceKind: third, terms: Terms(12, PriceAdjustmentKind.Unilateral, false)),
        Member(4, 50_000, 50_000m, 52_500m, 25, terms: Terms(3, PriceAdjustmentKind.None, true)),
        Member(5, 100_000, 300_000m, 306_000m, 50),
    ];

    [Theory]
    [InlineData(ComparisonMetric.CostPerInhabitant, "2.1", "2.5", 75)]
    [InlineData(ComparisonMetric.CostPerUser, "4500", "5000", 50)]
    [InlineData(ComparisonMetric.ChangeAboveIndex, "0.035", "0.2282062", 100)]
    public void Median_own_figure_and_percentile_per_metric(ComparisonMetric metric, string median, string own, int percentile)
    {
        var rows = MarketComparison.Figures(Five(), new ComparisonRequest(Year, Vpi2025, ComparisonFilter.None, OwnMemberId: 3), ComparisonPrivacy.Default);

        foreach (var scope in new[] { ComparisonScope.MarketProduct, ComparisonScope.Category })
        {
            var row = Assert.Single(rows, r => r.Scope == scope && r.Metric == metric);
            Assert.Equal(5, row.Group.Members);
            Assert.Equal(decimal.Parse(median, System.Globalization.CultureInfo.InvariantCulture), row.Group.Median);
            Assert.Equal(decimal.Parse(own, System.Globalization.CultureInfo.InvariantCulture), Math.Round(row.Own!.Value, 7));
            Assert.Equal(percentile, row.OwnPercentile);
            Assert.Null(row.Group.LowerQuartile);
        }
    }

    [Theory]
    [InlineData(4, 0)]
    [InlineData(5, 100)]
    [InlineData(1, 50)]
    public void The_lowest_figure_is_percentile_0_and_the_highest_100(int own, int percentile)
    {
        var rows = MarketComparison.Figures(Five(), new ComparisonRequest(Year, Vpi2025, ComparisonFilter.None, own), ComparisonPrivacy.Default);
        Assert.Equal(percentile, rows.Single(r => r.Scope == ComparisonScope.MarketProduct && r.Metric == ComparisonMetric.CostPerInhabitant).OwnPercentile);
    }

    [Theory]
    [InlineData("1 2 3 4 5 6 7 8 9 10", "5.5", "3.3", "7.8")]
    [InlineData("100 100 100 100 100", "100", null, null)]
    [InlineData("0.0123 0.0456 0.0789 0.1 0.2", "0.075", null, null)]
    public void Medians_and_quartiles_are_interpolated_and_rounded(string values, string median, string? lower, string? upper)
    {
        var figures = values.Split(' ').Select(v => decimal.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var summary = GroupStatistics.Summarise(figures, ComparisonPrivacy.Default)!;
        Assert.Equal(median, summary.Median.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(lower, summary.LowerQuartile?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(upper, summary.UpperQuartile?.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Shares_of_interface_kind_and_contract_terms()
    {
        var shares = MarketComparison.Shares(Five(InterfaceKind.ServiceApi), ComparisonFilter.None, ComparisonPrivacy.From(4));

        var product = Assert.Single(shares, s => s.Scope == ComparisonScope.MarketProduct);
        Assert.Equal((20, 80, 0), (product.ServiceApiPercent, product.MessageFormatPercent, product.ProprietaryPercent));
        // Four of five have terms on record: 2 with notice over 3 months, 2 unilateral, 1 index-linked, 2 with exit support.
        Assert.Equal((50, 50, 25, 50), (product.LongNoticePercent, product.UnilateralClausePercent, product.IndexLinkedClausePercent, product.ExitSupportPercent));

        var strict = MarketComparison.Shares(Five(), ComparisonFilter.None, ComparisonPrivacy.Default);
        Assert.Null(strict.Single(s => s.Scope == ComparisonScope.MarketProduct).LongNoticePercent);
    }

    [Fact]
    public void Joint_demands_name_products_without_service_api_and_with_increases_above_the_index()
    {
        var demands = JointDemands.Of(Five(), new ComparisonRequest(Year, Vpi2025, ComparisonFilter.None), ComparisonPrivacy.Default);

        Assert.Equal(
            [("meldewesen", JointDemandKind.ServiceApi, 5, 100), ("meldewesen", JointDemandKind.IncreaseAboveIndex, 5, 60)],
            demands.Select(d => (d.MarketProductKey, d.Kind, d.Members, d.SharePercent)));
        Assert.All(demands, d => Assert.Equal("musterwerk", d.VendorKey));

        var oneWithApi = JointDemands.Of(Five(InterfaceKind.ServiceApi), new ComparisonRequest(Year, Vpi2025, ComparisonFilter.None), ComparisonPrivacy.Default);
        Assert.DoesNotContain(oneWithApi, d => d.Kind == JointDemandKind.ServiceApi);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(19_999, SizeClass.Under20000)]
    [InlineData(20_000, SizeClass.From20000To100000)]
    [InlineData(100_000, SizeClass.From100000To500000)]
    [InlineData(499_999, SizeClass.From100000To500000)]
    [InlineData(500_000, SizeClass.Over500000)]
    public void Inhabitants_become_size_classes(int? inhabitants, SizeClass? sizeClass) =>
        Assert.Equal(sizeClass, SizeClasses.Of(inhabitants));
}
