using ItInventory.Core.Analysis.Deadlines;

namespace ItInventory.Core.Tests.Analysis.Deadlines;

public class ContractCalendarTests
{
    [Theory]
    [InlineData("2022-01-01", 36, "2024-12-31")]
    [InlineData("2022-01-01", 12, "2022-12-31")]
    [InlineData("2022-07-15", 1, "2022-08-14")]
    [InlineData("2022-01-31", 1, "2022-02-28")] // February has no 31st: last day of February (§ 188 (3) BGB)
    [InlineData("2024-01-31", 1, "2024-02-29")] // leap year
    [InlineData("2022-01-30", 1, "2022-02-28")]
    [InlineData("2024-01-29", 1, "2024-02-28")] // 29 February exists in 2024: the day before it
    [InlineData("2022-03-31", 1, "2022-04-30")] // not 29 April, which AddMonths(1) - 1 day would give
    [InlineData("2022-01-31", 36, "2025-01-30")]
    [InlineData("2020-02-29", 12, "2021-02-28")] // no 29 February in 2021
    [InlineData("2020-02-29", 48, "2024-02-28")] // 29 February 2024 exists: the day before it
    [InlineData("2024-03-01", 12, "2025-02-28")]
    public void PeriodEnd_is_the_day_before_the_same_day_number_or_the_month_end(string start, int months, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), ContractCalendar.PeriodEnd(DateOnly.Parse(start), months));
    }

    [Theory]
    [InlineData("2024-12-31", 3, "2024-09-30")]
    [InlineData("2025-12-31", 3, "2025-09-30")]
    [InlineData("2024-05-31", 3, "2024-02-29")] // notice by 29 Feb leaves March, April, May in full
    [InlineData("2025-05-31", 3, "2025-02-28")]
    [InlineData("2024-05-30", 3, "2024-02-28")] // "30 February" does not exist: the earlier day, never later
    [InlineData("2024-06-30", 6, "2023-12-31")]
    [InlineData("2024-06-29", 1, "2024-05-29")]
    [InlineData("2025-01-30", 3, "2024-10-30")]
    [InlineData("2024-12-31", 0, "2024-12-31")] // no notice period: notice on the last day
    [InlineData("2024-12-31", 24, "2022-12-31")]
    public void NoticeDeadline_counts_back_from_the_day_after_the_end(string end, int months, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), ContractCalendar.NoticeDeadline(DateOnly.Parse(end), months));
    }

    public static TheoryData<DateOnly, int> EndDatesAroundMonthEnds()
    {
        var data = new TheoryData<DateOnly, int>();
        for (var day = new DateOnly(2023, 12, 20); day <= new DateOnly(2024, 12, 31); day = day.AddDays(3))
        {
            foreach (var months in new[] { 1, 3, 6 })
                data.Add(day, months);
        }
        return data;
    }

    /// <summary>
    /// The deadline is the latest day that still works: notice received on it leaves a full period before the end
    /// (the period starting the next day ends on or before the termination date), notice a day later does not.
    /// </summary>
    [Theory]
    [MemberData(nameof(EndDatesAroundMonthEnds))]
    public void NoticeDeadline_is_the_latest_day_that_leaves_a_full_notice_period(DateOnly end, int months)
    {
        var deadline = ContractCalendar.NoticeDeadline(end, months);

        Assert.True(ContractCalendar.PeriodEnd(deadline.AddDays(1), months) <= end);
        Assert.True(ContractCalendar.PeriodEnd(deadline.AddDays(2), months) > end);
    }

    [Theory]
    [InlineData("2024-02-10", "2024-02-29", "2024-03-31", "2024-12-31")]
    [InlineData("2024-03-31", "2024-03-31", "2024-03-31", "2024-12-31")]
    [InlineData("2024-04-01", "2024-04-30", "2024-06-30", "2024-12-31")]
    [InlineData("2025-11-30", "2025-11-30", "2025-12-31", "2025-12-31")]
    public void Reference_points_are_the_ends_of_month_quarter_and_year(string date, string month, string quarter, string year)
    {
        var d = DateOnly.Parse(date);
        Assert.Equal(DateOnly.Parse(month), ContractCalendar.EndOfMonth(d));
        Assert.Equal(DateOnly.Parse(quarter), ContractCalendar.EndOfQuarter(d));
        Assert.Equal(DateOnly.Parse(year), ContractCalendar.EndOfYear(d));
    }
}
