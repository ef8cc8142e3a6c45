using ItInventory.Core.Notifications;

namespace ItInventory.Core.Validation;

/// <summary>The inputs of reminders and notification settings: offsets before a notice deadline, the digest's hour.</summary>
public static class ReminderRules
{
    /// <summary>Reads "6M, 3M, 2W" into offsets, or returns a German message naming the first entry it cannot read.</summary>
    public static (IReadOnlyList<ReminderOffset> Offsets, string? Problem) ParseOffsets(string? text)
    {
        var entries = (text ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries);
        var offsets = new List<ReminderOffset>();
        foreach (var entry in entries)
        {
            if (ReminderOffset.Parse(entry) is not { } offset)
            {
                return ([], $"Erinnerungen: „{entry}“ ist keine Vorlaufzeit; erlaubt sind Monate (1M bis {ReminderOffset.MaxMonths}M) "
                            + $"oder Wochen (1W bis {ReminderOffset.MaxWeeks}W), z. B. „6M, 3M, 2W“.");
            }

            offsets.Add(offset);
        }

        return (ReminderOffset.Ordered(offsets), null);
    }

    /// <summary>
    /// The offsets in force for a contract: its stored list ("6M,3M,2W", possibly empty), or the defaults when it has none.
    /// Mail reminders, the contract page and the calendar all take them from here.
    /// </summary>
    public static IReadOnlyList<ReminderOffset> OffsetsInForce(string? stored) => stored is null ? ReminderOffset.Defaults : ParseOffsets(stored).Offsets;

    public static string? DigestHourProblem(int hour) =>
        hour is >= 0 and <= 23 ? null : $"Die Uhrzeit der Wochenübersicht muss eine volle Stunde von 0 bis 23 sein ({hour} ist außerhalb).";
}
