using ItInventory.Core.Notifications;

namespace ItInventory.Core.Tests.Notifications;

public class ReminderOffsetTests
{
    [Theory]
    [InlineData("6M", 6, 0)]
    [InlineData(" 3m ", 3, 0)]
    [InlineData("2W", 0, 2)]
    [InlineData("24M", 24, 0)]
    [InlineData("104w", 0, 104)]
    [InlineData("25M", null, null)]
    [InlineData("0M", null, null)]
    [InlineData("-1M", null, null)]
    [InlineData("6T", null, null)]
    [InlineData("M", null, null)]
    [InlineData("", null, null)]
    [InlineData(null, null, null)]
    public void Parse_takes_months_or_weeks_within_range(string? text, int? months, int? weeks)
    {
        var parsed = ReminderOffset.Parse(text);
        Assert.Equal(months is null ? null : new ReminderOffset(months.Value, weeks!.Value), parsed);
    }

    [Theory]
    [InlineData("2026-09-30", "6M", "2026-03-30")]
    [InlineData("2026-08-31", "6M", "2026-02-28")] // no 31 February: the month's last day
    [InlineData("2026-09-30", "2W", "2026-09-16")]
    public void DueBefore_counts_back_from_the_notice_deadline(string notice, string offset, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), ReminderOffset.Parse(offset)!.Value.DueBefore(DateOnly.Parse(notice)));
    }

    [Fact]
    public void Format_orders_longest_first_and_drops_repeats()
    {
        Assert.Equal("6M,3M,2W", ReminderOffset.Format(ReminderOffset.Defaults));
        Assert.Equal("3M,5W,1W", ReminderOffset.Format([ReminderOffset.OfWeeks(1), ReminderOffset.OfMonths(3), ReminderOffset.OfWeeks(5), ReminderOffset.OfWeeks(1)]));
    }

    [Fact]
    public void Labels_are_german()
    {
        Assert.Equal(["6 Monate", "3 Monate", "2 Wochen", "1 Monat", "1 Woche"],
            [.. ReminderOffset.Defaults.Select(o => o.Label), ReminderOffset.OfMonths(1).Label, ReminderOffset.OfWeeks(1).Label]);
    }
}
