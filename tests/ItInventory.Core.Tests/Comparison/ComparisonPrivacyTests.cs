using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Comparison;
using ItInventory.Core.Domain.Tenants;
using ItInventory.Core.Validation;
using static ItInventory.Core.Tests.Comparison.ComparisonGroups;

namespace ItInventory.Core.Tests.Comparison;

/// <summary>No figure about fewer than k municipalities, also after a filter; no single value in a published figure.</summary>
public class ComparisonPrivacyTests
{
    [Theory]
    [InlineData(null, 5)]
    [InlineData(5, 5)]
    [InlineData(7, 7)]
    [InlineData(3, 3)]
    [InlineData(2, 3)]
    [InlineData(0, 3)]
    [InlineData(-4, 3)]
    public void K_is_5_by_default_and_never_below_3(int? setting, int k) =>
        Assert.Equal(k, ComparisonPrivacy.From(setting).MinimumGroup);

    [Theory]
    [InlineData(3, null)]
    [InlineData(1000, null)]
    [InlineData(2, "Die Mindestgruppengröße muss zwischen 3 und 1000 liegen; unter 3 Kommunen wäre eine einzelne erkennbar.")]
    [InlineData(1001, "Die Mindestgruppengröße muss zwischen 3 und 1000 liegen; unter 3 Kommunen wäre eine einzelne erkennbar.")]
    public void The_setting_is_checked_in_German(int k, string? problem) =>
        Assert.Equal(problem, ComparisonRules.MinimumGroupProblem(k));

    [Theory]
    [InlineData(5, 4, false)]
    [InlineData(5, 5, true)]
    [InlineData(3, 2, false)]
    [InlineData(3, 3, true)]
    [InlineData(8, 7, false)]
    public void A_group_of_k_minus_1_shows_no_figure(int k, int members, bool shown)
    {
        var figures = MarketComparison.Figures(Uniform(members), new ComparisonRequest(Year, null, ComparisonFilter.None), ComparisonPrivacy.From(k));
        Assert.Equal(shown, figures.Count > 0);
        Assert.Equal(shown, MarketComparison.Shares(Uniform(members), ComparisonFilter.None, ComparisonPrivacy.From(k)).Count > 0);
    }

    [Fact]
    public void A_filter_that_narrows_a_large_group_to_k_minus_1_shows_nothing()
    {
        // 12 municipalities: 8 in Hessen, 4 in Bayern. Unfiltered there is a figure; narrowed to Bayern there is none.
        var members = Uniform(8).Concat(Uniform(4, FederalState.Bayern, firstId: 9)).ToList();
        var privacy = ComparisonPrivacy.Default;

        Assert.NotEmpty(MarketComparison.Figures(members, new ComparisonRequest(Year, null, ComparisonFilter.None), privacy));
        var bavaria = new ComparisonFilter(State: FederalState.Bayern);
        Assert.Empty(MarketComparison.Figures(members, new ComparisonRequest(Year, null, bavaria, OwnMemberId: 9), privacy));
        Assert.Empty(MarketComparison.Shares(members, bavaria, privacy));
        Assert.Empty(JointDemands.Of(members, new ComparisonRequest(Year, null, bavaria), privacy));

        var smallTowns = new ComparisonFilter(SizeClass: SizeClass.Under20000);
        Assert.Empty(MarketComparison.Figures(members, new ComparisonRequest(Year, null, smallTowns), privacy));
    }

    [Fact]
    public void A_member_without_figures_does_not_count_towards_k()
    {
        // Five users, but one of them keeps its prices confidential: four cost figures are not enough.
        var members = Uniform(4);
        members.Add(Member(5, 50_000, 0m, 0m, 10, confidential: true));

        var figures = MarketComparison.Figures(members, new ComparisonRequest(Year, null, ComparisonFilter.None), ComparisonPrivacy.Default);

        Assert.Empty(figures);
        // The interface kind is no price: the five users still form a group for it.
        Assert.Single(MarketComparison.Shares(members, ComparisonFilter.None, ComparisonPrivacy.Default), s => s.Key == "meldewesen");
    }

    [Theory]
    [InlineData(5, false)]
    [InlineData(9, false)]
    [InlineData(10, true)]
    public void Quartiles_come_only_from_groups_of_ten(int members, bool quartiles)
    {
        var summary = GroupStatistics.Summarise(Enumerable.Range(1, members).Select(i => (decimal)i).ToList(), ComparisonPrivacy.Default)!;
        Assert.Equal(quartiles, summary.LowerQuartile is not null);
        Assert.Equal(quartiles, summary.UpperQuartile is not null);
    }

    [Fact]
    public void The_median_of_an_odd_group_is_not_its_middle_members_figure()
    {
        // Plain median: 12,345 € exactly, the third member's figure. Published: mean of the three middle, rounded.
        var summary = GroupStatistics.Summarise([10_000m, 11_111m, 12_345m, 19_876m, 25_000m], ComparisonPrivacy.Default)!;
        Assert.Equal(14_000m, summary.Median);
        Assert.NotEqual(12_345m, summary.Median);
    }

    [Fact]
    public void A_non_matching_own_member_stays_out_of_every_group_figure()
    {
        var members = Uniform(5);
        var request = new ComparisonRequest(Year, new IndexChange(2024, 2025, 119.3m, 121.9m, true), ComparisonFilter.None);
        var withStranger = members.Append(Member(99, 50_000, 1m, 1_000_000m, 1, FederalState.Bayern)).ToList();
        var hessen = request with { Filter = new ComparisonFilter(State: FederalState.Hessen) };

        Assert.Equal(MarketComparison.Figures(members, hessen, ComparisonPrivacy.Default),
            MarketComparison.Figures(withStranger, hessen, ComparisonPrivacy.Default));
    }
}
