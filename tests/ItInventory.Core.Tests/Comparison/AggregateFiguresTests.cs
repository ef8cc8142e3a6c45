using ItInventory.Core.Comparison;
using ItInventory.Core.Comparison.Exchange;
using ItInventory.Core.Domain.Tenants;

namespace ItInventory.Core.Tests.Comparison;

/// <summary>
/// The aggregate of hand-built exchange files, figure by figure: which groups and views appear, their medians and
/// quartiles, absence below k (also inside a view that narrows a larger group), cost per case and the share of online
/// applications under the same rule.
/// </summary>
public class AggregateFiguresTests
{
    private const int Year = 2025;
    private static readonly DateOnly Today = new(2026, 12, 6);

    /// <summary>Sender i pays i € per inhabitant, 10·i € per user and 100·i € per case for "ewo", in category "EWO".</summary>
    private static ExchangeFile Sender(int i, SizeClass size = SizeClass.Under20000, FederalState state = FederalState.Hessen, bool? online = null, bool withCases = true) =>
        new(ExchangeFile.CurrentVersion, $"sender-{i:000}", new DateOnly(2026, 1, 1), size, state,
        [
            new ExchangeGroup(ComparisonScope.MarketProduct, "ewo", "meldewerk", InterfaceKind.MessageFormat, null,
                [new ExchangeYear(Year, i, 10m * i, 0.02m, withCases ? 100m * i : null)], online),
            new ExchangeGroup(ComparisonScope.Category, "EWO", "meldewerk", InterfaceKind.MessageFormat, null,
                [new ExchangeYear(Year, i, 10m * i, 0.02m, withCases ? 100m * i : null)], online),
        ]);

    private static AggregateFile Aggregate(IEnumerable<ExchangeFile> files, int k = ComparisonPrivacy.DefaultMinimumGroup) =>
        ExchangeAggregation.Aggregate(files, Year, null, ComparisonPrivacy.From(k), Today);

    private static GroupSummary? Figure(AggregateFile aggregate, ComparisonMetric metric, SizeClass? size = null, FederalState? state = null) =>
        aggregate.ViewFor(new ComparisonFilter(size, state))?.Figures
            .SingleOrDefault(f => f.Scope == ComparisonScope.MarketProduct && f.Key == "ewo" && f.Metric == metric)?.Group;

    private static decimal? Number(string? text) => text is null ? null : decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    public static TheoryData<int, string?, string?, string?> PerInhabitant => new()
    {
        // senders 1..n: members, median, quartiles ("lower-upper") or null
        { 4, null, null, null },
        // 1..5: odd group, mean of the three middle values (2 + 3 + 4) / 3.
        { 5, "5", "3", null },
        // 1..9: (4 + 5 + 6) / 3 = 5; nine are too few for quartiles.
        { 9, "9", "5", null },
        // 1..10: (5 + 6) / 2 = 5.5; quartiles by interpolation 3.25 and 7.75, rounded to two digits.
        { 10, "10", "5.5", "3.3-7.8" },
        // 1..21: the mean of 10, 11, 12 = 11; quartiles 6 and 16.
        { 21, "21", "11", "6-16" },
    };

    [Theory]
    [MemberData(nameof(PerInhabitant))]
    public void Median_and_quartiles_of_all_senders(int senders, string? members, string? median, string? quartiles)
    {
        var group = Figure(Aggregate(Enumerable.Range(1, senders).Select(i => Sender(i))), ComparisonMetric.CostPerInhabitant);

        Assert.Equal(members, group?.Members.ToString());
        Assert.Equal(Number(median), group?.Median);
        var expected = quartiles?.Split('-');
        Assert.Equal(Number(expected?[0]), group?.LowerQuartile);
        Assert.Equal(Number(expected?[1]), group?.UpperQuartile);
    }

    [Theory]
    // Six senders in all: the view of a size class with four of them is absent, the other class's two as well.
    [InlineData(4, false)]
    [InlineData(5, true)]
    public void A_view_that_narrows_the_group_below_k_is_absent(int inLargeClass, bool shown)
    {
        var files = Enumerable.Range(1, inLargeClass).Select(i => Sender(i, SizeClass.From20000To100000))
            .Concat(Enumerable.Range(50, 2).Select(i => Sender(i, SizeClass.Under20000)));

        var aggregate = Aggregate(files);

        Assert.NotNull(Figure(aggregate, ComparisonMetric.CostPerInhabitant));
        Assert.Equal(shown, Figure(aggregate, ComparisonMetric.CostPerInhabitant, SizeClass.From20000To100000) is not null);
        Assert.Null(aggregate.ViewFor(new ComparisonFilter(SizeClass.Under20000)));
        Assert.Null(aggregate.ViewFor(new ComparisonFilter(State: FederalState.Bayern)));
        Assert.NotNull(Figure(aggregate, ComparisonMetric.CostPerInhabitant, state: FederalState.Hessen));
    }

    [Theory]
    // Per case from senders with case numbers only: five with → a median of 300 €; four with → none.
    [InlineData(5, "300")]
    [InlineData(4, null)]
    public void Cost_per_case_travels_under_the_same_k_rule(int withCases, string? median)
    {
        var files = Enumerable.Range(1, 6).Select(i => Sender(i, withCases: i <= withCases));

        var group = Figure(Aggregate(files), ComparisonMetric.CostPerCase);

        Assert.Equal(Number(median), group?.Median);
    }

    [Theory]
    // Senders with a recorded maturity (true/false) out of seven; the others (null) stay out of the share.
    [InlineData(new[] { true, true, true, false, false }, 60)]
    [InlineData(new[] { true, true, true, true, false, false, false }, 57)]
    [InlineData(new[] { true, true, true, true }, null)]
    public void The_share_of_online_applications_counts_only_senders_with_a_level(bool[] rated, int? percent)
    {
        var files = Enumerable.Range(1, 7).Select(i => Sender(i, online: i <= rated.Length ? rated[i - 1] : null));

        var shares = Aggregate(files).ViewFor(ComparisonFilter.None)!.Shares.Single(s => s.Scope == ComparisonScope.MarketProduct);

        Assert.Equal(7, shares.Members);
        Assert.Equal(percent, shares.OnlineApplicationPercent);
    }

    [Fact]
    public void Each_sender_counts_once_and_no_single_value_leaves()
    {
        var files = Enumerable.Range(1, 5).Select(i => Sender(i)).Append(Sender(5) with { ExportedOn = new DateOnly(2026, 6, 1) });

        var aggregate = Aggregate(files);

        Assert.Equal(5, aggregate.Senders);
        var figures = aggregate.Views.SelectMany(v => v.Figures).ToList();
        Assert.All(figures, f => Assert.True(f.Group.Members >= ComparisonPrivacy.DefaultMinimumGroup));
        Assert.All(figures, f => Assert.Null(f.Group.LowerQuartile));
    }
}
