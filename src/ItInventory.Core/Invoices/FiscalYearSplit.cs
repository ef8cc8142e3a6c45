namespace ItInventory.Core.Invoices;

/// <summary>The part of an amount that falls into one fiscal year, with the days of the period in that year.</summary>
public sealed record YearShare(int Year, decimal Amount, int Days);

/// <summary>
/// The accrual view (Ergebnisrechnung): an amount for a service period belongs to the fiscal years (calendar years)
/// of the period, pro rata by days, leap days included. Without a period it belongs to the year of the fallback date
/// (the invoice's issue date).
/// </summary>
public static class FiscalYearSplit
{
    public static IReadOnlyList<YearShare> Split(decimal amount, InvoicePeriod? period, DateOnly fallback)
    {
        if (period is null) return [new YearShare(fallback.Year, amount, 0)];
        var years = Enumerable.Range(period.Start.Year, period.End.Year - period.Start.Year + 1).ToList();
        var days = years.Select(year => DaysIn(period, year)).ToList();
        var amounts = CentAllocation.Allocate(amount, days.Select(d => (decimal)d).ToList());
        return years.Select((year, i) => new YearShare(year, amounts[i], days[i])).ToList();
    }

    /// <summary>A line's own period (BG-26) wins over the invoice's (BG-14).</summary>
    public static InvoicePeriod? PeriodOf(InvoiceLine line, EInvoice invoice) => line.Period ?? invoice.Period;

    private static int DaysIn(InvoicePeriod period, int year)
    {
        var from = period.Start.Year == year ? period.Start : new DateOnly(year, 1, 1);
        var to = period.End.Year == year ? period.End : new DateOnly(year, 12, 31);
        return to.DayNumber - from.DayNumber + 1;
    }
}
