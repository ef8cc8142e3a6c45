namespace ItInventory.Core.Notifications;

/// <summary>When a user's weekly digest is due: on the chosen weekday at the chosen hour, once per week.</summary>
public static class DigestSchedule
{
    /// <summary>
    /// The latest slot at or before <paramref name="now"/>. A pass at any time after it (within the week) finds the same
    /// slot, and its date keys the digest, so the digest goes out once per week however often the scheduler looks.
    /// </summary>
    public static DateTime LatestSlot(DateTime now, DayOfWeek day, int hour)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hour);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hour, 23);
        var daysBack = ((int)now.DayOfWeek - (int)day + 7) % 7;
        var slot = now.Date.AddDays(-daysBack).AddHours(hour);
        return slot <= now ? slot : slot.AddDays(-7);
    }

    /// <summary>
    /// The ISO week (its Monday) whose digest is due at <paramref name="now"/> for these preferences, or null: due from
    /// the chosen day and hour of the week on, until the week ends. The week keys the message, so however often passes
    /// run (or the user moves the day within the week) the digest goes out once per ISO week. A pass before the slot
    /// finds nothing: last week's digest, never sent (the app was down all week), is not worth sending any more.
    /// </summary>
    public static DateOnly? DueWeek(DateTime now, NotificationPreferences preferences)
    {
        if (!preferences.WeeklyDigest)
        {
            return null;
        }

        var monday = DateOnly.FromDateTime(now).AddDays(-(((int)now.DayOfWeek + 6) % 7));
        var slot = SlotIn(monday, preferences.DigestDay, preferences.DigestHour);
        return now >= slot ? monday : null;
    }

    /// <summary>The digest's slot in the ISO week starting on <paramref name="monday"/>.</summary>
    public static DateTime SlotIn(DateOnly monday, DayOfWeek day, int hour)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hour);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hour, 23);
        return monday.AddDays(((int)day + 6) % 7).ToDateTime(new TimeOnly(hour, 0));
    }

    /// <summary>A digest sent on a later day than its slot: the app was down at the time, and the mail says so.</summary>
    public static bool IsLate(DateTime slot, DateTime now) => now.Date > slot.Date;
}
