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
}
