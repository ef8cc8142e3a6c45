using ItInventory.Core.Comparison;
using ItInventory.Core.Comparison.Exchange;

namespace ItInventory.Core.Tests.Comparison;

/// <summary>The own figure against an imported group: a quarter with quartiles, a half with the median only, never a percentile.</summary>
public class AggregatePositionTests
{
    private static readonly GroupSummary WithQuartiles = new(12, 3m, 2m, 4m);
    private static readonly GroupSummary MedianOnly = new(6, 3m, null, null);

    [Theory]
    [InlineData(1.0, "unteres Viertel")]
    [InlineData(2.0, "zweites Viertel")]
    [InlineData(2.5, "zweites Viertel")]
    [InlineData(3.0, "am Median")]
    [InlineData(3.5, "drittes Viertel")]
    [InlineData(4.0, "drittes Viertel")]
    [InlineData(4.01, "oberes Viertel")]
    public void With_quartiles_the_position_is_a_quarter(double own, string expected) =>
        Assert.Equal(expected, AggregatePosition.Of((decimal)own, WithQuartiles));

    [Theory]
    [InlineData(0.0, "unter dem Median")]
    [InlineData(2.99, "unter dem Median")]
    [InlineData(3.0, "am Median")]
    [InlineData(3.01, "über dem Median")]
    [InlineData(1000.0, "über dem Median")]
    public void With_the_median_only_the_position_is_a_half(double own, string expected) =>
        Assert.Equal(expected, AggregatePosition.Of((decimal)own, MedianOnly));
}
