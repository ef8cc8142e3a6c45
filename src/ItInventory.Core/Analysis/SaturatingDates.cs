namespace ItInventory.Core.Analysis;

/// <summary>
/// Date arithmetic that stops at the ends of the calendar instead of throwing. The analysis must answer for any date
/// stored in the database, and one record with a date near 0001 or 9999 must not take down every page that shows
/// findings; such a record is reported as implausible (see <c>ContractPlausibility</c>) rather than computed.
/// </summary>
public static class SaturatingDates
{
    private static readonly long LastMonthIndex = DateOnly.MaxValue.Year * 12L + 11;
    private static readonly long CalendarDays = DateOnly.MaxValue.DayNumber + 1L;
    private static readonly long CalendarMonths = LastMonthIndex + 1;

    public static DateOnly PlusDays(this DateOnly date, long days)
    {
        // Clamped first, so that the sum cannot wrap around either.
        var dayNumber = date.DayNumber + Math.Clamp(days, -CalendarDays, CalendarDays);
        return dayNumber < DateOnly.MinValue.DayNumber ? DateOnly.MinValue
            : dayNumber > DateOnly.MaxValue.DayNumber ? DateOnly.MaxValue
            : DateOnly.FromDayNumber((int)dayNumber);
    }

    /// <summary>Like <see cref="DateOnly.AddMonths"/> (the day is clamped to the month's last), for any number of months.</summary>
    public static DateOnly PlusMonths(this DateOnly date, long months)
    {
        var index = date.Year * 12L + date.Month - 1 + Math.Clamp(months, -CalendarMonths, CalendarMonths);
        if (index < 12)
            return DateOnly.MinValue;
        if (index > LastMonthIndex)
            return DateOnly.MaxValue;
        var year = (int)(index / 12);
        var month = (int)(index % 12) + 1;
        return new DateOnly(year, month, Math.Min(date.Day, DateTime.DaysInMonth(year, month)));
    }

    public static DateOnly PlusYears(this DateOnly date, long years) => date.PlusMonths(Math.Clamp(years, -CalendarMonths, CalendarMonths) * 12);
}
