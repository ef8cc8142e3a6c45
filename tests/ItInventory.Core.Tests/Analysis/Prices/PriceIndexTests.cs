using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Domain;

namespace ItInventory.Core.Tests.Analysis.Prices;

public class PriceIndexTests
{
    [Theory]
    [InlineData(2021, 2022, "0.068865")] // 110.2 / 103.1 - 1 = 6.887 %
    [InlineData(2022, 2023, "0.058984")] // 116.7 / 110.2 - 1 = 5.898 %
    [InlineData(2023, 2024, "0.022279")]
    [InlineData(2020, 2024, "0.193000")]
    public void Published_years_give_the_ratio_minus_one(int from, int to, string expected)
    {
        var change = Vpi.Index.Change(from, to, MissingIndexPolicy.Skip)!;

        Assert.Equal(decimal.Parse(expected), Math.Round(change.Rate, 6));
        Assert.False(change.IsEstimated);
    }

    [Theory]
    // 2026 is not published: the 2025 change (121.9 / 119.3 - 1 = 2.179 %) is carried forward, also for 2027.
    [InlineData(2025, 2026, MissingIndexPolicy.UseLatestKnownChange, "0.021794")]
    [InlineData(2026, 2027, MissingIndexPolicy.UseLatestKnownChange, "0.021794")]
    [InlineData(2024, 2026, MissingIndexPolicy.UseLatestKnownChange, "0.044063")]
    [InlineData(2025, 2026, MissingIndexPolicy.Skip, null)]
    // Before the first published year nothing is guessed.
    [InlineData(2013, 2014, MissingIndexPolicy.UseLatestKnownChange, null)]
    public void Unpublished_years_follow_the_policy(int from, int to, MissingIndexPolicy policy, string? expected)
    {
        var change = Vpi.Index.Change(from, to, policy);

        Assert.Equal(expected is null ? (decimal?)null : decimal.Parse(expected), change is null ? null : Math.Round(change.Rate, 6));
        if (change is not null)
            Assert.Equal((true, 2025, true), (change.IsEstimated, change.CarriedForwardFromYear!.Value, change.IsPreliminary));
    }

    [Fact]
    public void A_gap_between_published_years_is_not_estimated_and_revisions_replace_earlier_values()
    {
        var index = new PriceIndex([
            new PriceIndexValue { Year = 2020, Value = 100m },
            new PriceIndexValue { Year = 2022, Value = 110m },
            new PriceIndexValue { Year = 2023, Value = 115m },
            new PriceIndexValue { Year = 2023, Value = 116.5m },
        ]);

        Assert.Null(index.Change(2020, 2021, MissingIndexPolicy.UseLatestKnownChange));
        Assert.Equal(116.5m, index.Change(2022, 2023, MissingIndexPolicy.Skip)!.ToValue);
    }
}
