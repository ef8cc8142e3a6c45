using ItInventory.Core.Comparison;
using ItInventory.Core.Comparison.Exchange;
using ItInventory.Core.Domain;

namespace ItInventory.Core.Tests.Comparison;

/// <summary>The Vergleichsstelle's aggregate of exchange files: one member per sender, the k rule, only the figures a file carries.</summary>
public class ExchangeAggregationTests
{
    private static ExchangeFile File(string sender, decimal perInhabitant, DateOnly exportedOn) => new(
        ExchangeFile.CurrentVersion, sender, exportedOn, SizeClass.From100000To500000, null,
        [new ExchangeGroup(ComparisonScope.MarketProduct, "ewo", "meldewerk", InterfaceKind.MessageFormat, null,
            [new ExchangeYear(2025, perInhabitant, perInhabitant * 10, 0.05m)])]);

    [Theory]
    [InlineData(4, 0)]
    [InlineData(5, 1)]
    public void A_group_of_fewer_than_k_senders_is_absent(int senders, int perInhabitantFigures)
    {
        var files = Enumerable.Range(1, senders).Select(i => File($"s{i}", 2m + i, new DateOnly(2026, 1, 1)));

        var aggregate = ExchangeAggregation.Aggregate(files, 2025, null, ComparisonPrivacy.Default, new DateOnly(2026, 12, 6));

        var all = aggregate.Views.Where(v => v.SizeClass is null && v.State is null).SelectMany(v => v.Figures).ToList();
        Assert.Equal(perInhabitantFigures, all.Count(f => f.Metric == ComparisonMetric.CostPerInhabitant));
    }

    [Fact]
    public void A_newer_file_of_a_sender_replaces_the_older_and_no_figure_per_case_is_made_up_for_files_without_one()
    {
        var files = Enumerable.Range(1, 5).Select(i => File($"s{i}", 2m + i, new DateOnly(2026, 1, 1)))
            .Append(File("s1", 100m, new DateOnly(2026, 6, 1)));

        var index = new ItInventory.Core.Analysis.Prices.IndexChange(2024, 2025, 100m, 102m, false);

        var aggregate = ExchangeAggregation.Aggregate(files, 2025, index, ComparisonPrivacy.Default, new DateOnly(2026, 12, 6));

        Assert.Equal(5, aggregate.Senders);
        Assert.Contains(aggregate.Views.SelectMany(v => v.Figures), f => f.Metric == ComparisonMetric.ChangeAboveIndex);
        var figures = aggregate.Views.SelectMany(v => v.Figures).ToList();
        Assert.DoesNotContain(figures, f => f.Metric == ComparisonMetric.CostPerCase);
        Assert.Contains(figures, f => f.Metric == ComparisonMetric.CostPerUser);
    }
}
