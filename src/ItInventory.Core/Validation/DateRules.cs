using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Core.Validation;

/// <summary>
/// The one window for dates the inventory takes: contract and cost dates and the as-of date of every figure.
/// 1970 reaches back past the oldest running contracts (some date from before 1990); 2100 is far beyond any term a
/// city signs, and both ends keep every date arithmetic of the analysis (terms, notice periods, lead days) far from
/// the ends of the calendar.
/// </summary>
public static class DateRules
{
    public static readonly DateOnly Earliest = new(1970, 1, 1);
    public static readonly DateOnly Latest = new(2100, 12, 31);

    public static bool IsWithin(DateOnly date) => date >= Earliest && date <= Latest;

    /// <summary>A German message naming the field when <paramref name="date"/> lies outside the window; null otherwise.</summary>
    public static string? Problem(DateOnly? date, string label) =>
        date is { } d && !IsWithin(d)
            ? $"{label} muss zwischen {Date(Earliest)} und {Date(Latest)} liegen ({Date(d)} ist außerhalb)."
            : null;
}
