using ItInventory.Core.Notifications;

namespace ItInventory.Core.Tests.Notifications;

public class DigestScheduleTests
{
    [Theory]
    [InlineData("2026-12-07 07:00", "2026-12-07 07:00", false)] // Monday 7:00 exactly
    [InlineData("2026-12-07 06:59", "2026-11-30 07:00", true)] // a minute early: last week's slot (late if never sent)
    [InlineData("2026-12-07 15:00", "2026-12-07 07:00", false)]
    [InlineData("2026-12-09 10:00", "2026-12-07 07:00", true)] // Wednesday: Monday's digest, late
    [InlineData("2026-12-13 23:59", "2026-12-07 07:00", true)]
    public void The_latest_slot_at_or_before_now(string now, string slot, bool late)
    {
        var at = DateTime.Parse(now, System.Globalization.CultureInfo.InvariantCulture);
        var found = DigestSchedule.LatestSlot(at, DayOfWeek.Monday, 7);
        Assert.Equal(DateTime.Parse(slot, System.Globalization.CultureInfo.InvariantCulture), found);
        Assert.Equal(late, DigestSchedule.IsLate(found, at));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(24)]
    public void Hours_outside_the_day_are_refused(int hour)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DigestSchedule.LatestSlot(DateTime.Now, DayOfWeek.Friday, hour));
    }

    [Theory]
    // ISO week of Monday 07.12.2026; the default slot is Monday 7:00.
    [InlineData("2026-12-07 06:59", "Monday", 7, true, null)] // before the slot: nothing (last week's is not sent late)
    [InlineData("2026-12-07 07:00", "Monday", 7, true, "2026-12-07")]
    [InlineData("2026-12-13 23:59", "Monday", 7, true, "2026-12-07")] // Sunday: still this week's digest
    [InlineData("2026-12-14 00:00", "Monday", 7, true, null)] // next week, before its slot
    [InlineData("2026-12-10 16:00", "Thursday", 16, true, "2026-12-07")]
    [InlineData("2026-12-10 15:59", "Thursday", 16, true, null)]
    [InlineData("2026-12-13 08:00", "Sunday", 8, true, "2026-12-07")] // Sunday closes the ISO week
    [InlineData("2026-12-12 08:00", "Sunday", 8, true, null)]
    [InlineData("2026-12-09 12:00", "Monday", 7, false, null)] // digest switched off
    public void A_digest_is_due_from_its_slot_until_the_iso_week_ends(string now, string day, int hour, bool on, string? week)
    {
        var preferences = NotificationPreferences.ItLeitung with { WeeklyDigest = on, DigestDay = Enum.Parse<DayOfWeek>(day), DigestHour = hour };
        var at = DateTime.Parse(now, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(week is null ? null : DateOnly.Parse(week, System.Globalization.CultureInfo.InvariantCulture), DigestSchedule.DueWeek(at, preferences));
    }
}
