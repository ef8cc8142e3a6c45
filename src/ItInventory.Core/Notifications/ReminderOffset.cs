using System.Globalization;
using ItInventory.Core.Analysis;

namespace ItInventory.Core.Notifications;

/// <summary>
/// How long before a contract's notice deadline a reminder goes out: whole months or whole weeks ("6M", "2W").
/// Renewal and tendering take months, so the defaults start half a year ahead (users of peer tools ask for 6 and 3 months).
/// </summary>
public readonly record struct ReminderOffset(int Months, int Weeks)
{
    /// <summary>6 months, 3 months and 2 weeks before the notice deadline.</summary>
    public static readonly IReadOnlyList<ReminderOffset> Defaults = [OfMonths(6), OfMonths(3), OfWeeks(2)];

    /// <summary>Far enough for any notice period a city signs (they rarely exceed a year), near enough to stay meaningful.</summary>
    public const int MaxMonths = 24;
    public const int MaxWeeks = 104;

    public static ReminderOffset OfMonths(int months) => new(months, 0);
    public static ReminderOffset OfWeeks(int weeks) => new(0, weeks);

    /// <summary>The stored and keyed form: "6M" or "2W".</summary>
    public string Code => Months > 0 ? $"{Months.ToString(CultureInfo.InvariantCulture)}M" : $"{Weeks.ToString(CultureInfo.InvariantCulture)}W";

    /// <summary>"6 Monate", "1 Monat", "2 Wochen", "1 Woche".</summary>
    public string Label => Months > 0
        ? Months == 1 ? "1 Monat" : $"{Months} Monate"
        : Weeks == 1 ? "1 Woche" : $"{Weeks} Wochen";

    /// <summary>The day the reminder is due for a notice deadline.</summary>
    public DateOnly DueBefore(DateOnly noticeDeadline) => noticeDeadline.PlusMonths(-Months).PlusDays(-7L * Weeks);

    /// <summary>Reads "6M", "3m", "2W", "2w"; null for anything else or outside 1..<see cref="MaxMonths"/> / 1..<see cref="MaxWeeks"/>.</summary>
    public static ReminderOffset? Parse(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length < 2 || !int.TryParse(trimmed[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return null;
        }

        return char.ToUpperInvariant(trimmed[^1]) switch
        {
            'M' when count is >= 1 and <= MaxMonths => OfMonths(count),
            'W' when count is >= 1 and <= MaxWeeks => OfWeeks(count),
            _ => null,
        };
    }

    /// <summary>Longest first, so that lists read in the order the reminders arrive.</summary>
    public static IReadOnlyList<ReminderOffset> Ordered(IEnumerable<ReminderOffset> offsets) =>
        offsets.Distinct().OrderByDescending(o => o.Months * 31 + o.Weeks * 7).ToList();

    /// <summary>The stored form of a list: "6M,3M,2W".</summary>
    public static string Format(IEnumerable<ReminderOffset> offsets) => string.Join(',', Ordered(offsets).Select(o => o.Code));
}
