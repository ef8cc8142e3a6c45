using ItInventory.Core.Analysis;

namespace ItInventory.Core.Tests.Analysis;

public class SaturatingDatesTests
{
    public static TheoryData<string, int> Ordinary => new()
    {
        { "2024-01-31", 1 }, { "2020-02-29", 12 }, { "2024-05-31", -3 }, { "1970-01-01", -1 }, { "2100-12-31", 1 }, { "0001-12-31", -11 },
    };

    [Theory]
    [MemberData(nameof(Ordinary))]
    public void Within_the_calendar_it_is_the_framework_arithmetic(string date, int amount)
    {
        var d = DateOnly.Parse(date);

        Assert.Equal(d.AddDays(amount), d.PlusDays(amount));
        Assert.Equal(d.AddMonths(amount), d.PlusMonths(amount));
        if (d.Year + amount is >= 1 and <= 9999)
            Assert.Equal(d.AddYears(amount), d.PlusYears(amount));
    }

    [Theory]
    // Past the last day it stays on the last day, before the first on the first.
    [InlineData(true, 1L)]
    [InlineData(true, int.MaxValue)]
    [InlineData(true, long.MaxValue)]
    [InlineData(false, -1L)]
    [InlineData(false, int.MinValue)]
    [InlineData(false, long.MinValue)]
    public void Beyond_the_calendar_it_stays_at_its_end(bool last, long amount)
    {
        var end = last ? DateOnly.MaxValue : DateOnly.MinValue;

        Assert.Equal(end, end.PlusDays(amount));
        Assert.Equal(end, end.PlusMonths(amount));
        Assert.Equal(end, end.PlusYears(amount));
        if (Math.Abs((double)amount) >= int.MaxValue)
            Assert.Equal(end, new DateOnly(2024, 6, 30).PlusDays(amount));
    }
}
