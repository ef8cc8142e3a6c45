namespace ItInventory.Core.Analysis.Deadlines;

/// <summary>
/// Month arithmetic for contract periods, following §§ 187 (2), 188 (2) and (3) BGB: a contract period starts at
/// the beginning of its first day, and a period of n months ends with the day before the day that has the same
/// number n months later, or with the last day of that month if the month has no such day.
/// Near the ends of the calendar the arithmetic saturates instead of throwing (<see cref="SaturatingDates"/>).
/// </summary>
public static class ContractCalendar
{
    /// <summary>
    /// The last day of a period of <paramref name="months"/> months that begins on <paramref name="start"/>.
    /// 2022-01-01 + 36 → 2024-12-31; 2022-01-31 + 1 → 2022-02-28 (February has no 31st, § 188 (3));
    /// 2020-02-29 + 12 → 2021-02-28.
    /// </summary>
    public static DateOnly PeriodEnd(DateOnly start, int months)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(months);
        var sameDayLater = start.PlusMonths(months);
        // AddMonths clamps to the month's last day; a clamped result means the month lacks the start's day number.
        return sameDayLater.Day < start.Day ? sameDayLater : sameDayLater.PlusDays(-1);
    }

    /// <summary>
    /// The last day on which notice must be received so that the contract ends on <paramref name="terminationDate"/>
    /// with a notice period of <paramref name="noticeMonths"/> months: the notice period is counted backwards from the
    /// day after the termination date, and the notice must arrive the day before it starts.
    /// End 2024-12-31, 3 months → 2024-09-30; end 2024-05-31, 3 months → 2024-02-29.
    /// When the backward count lands on a day the month lacks (end 2024-05-30 → "2024-02-30"), the deadline moves
    /// to the earlier day (2024-02-28), never later, so that a full notice period always remains.
    /// </summary>
    public static DateOnly NoticeDeadline(DateOnly terminationDate, int noticeMonths)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(noticeMonths);
        return terminationDate.PlusDays(1).PlusMonths(-noticeMonths).PlusDays(-1);
    }

    public static DateOnly EndOfMonth(DateOnly date) =>
        new(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month));

    public static DateOnly EndOfQuarter(DateOnly date)
    {
        var lastMonth = (date.Month + 2) / 3 * 3;
        return new DateOnly(date.Year, lastMonth, DateTime.DaysInMonth(date.Year, lastMonth));
    }

    public static DateOnly EndOfYear(DateOnly date) => new(date.Year, 12, 31);
}
