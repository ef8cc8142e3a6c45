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

    /// <summary>A digest sent on a later day than its slot: the app was down at the time, and the mail says so.</summary>
    public static bool IsLate(DateTime slot, DateTime now) => now.Date > slot.Date;
}
