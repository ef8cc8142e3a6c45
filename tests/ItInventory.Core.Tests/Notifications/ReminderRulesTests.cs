using ItInventory.Core.Validation;

namespace ItInventory.Core.Tests.Notifications;

public class ReminderRulesTests
{
    [Theory]
    [InlineData("6M, 3M, 2W", "6M,3M,2W", null)]
    [InlineData("2w;6m", "6M,2W", null)]
    [InlineData("", "", null)] // no reminders before the deadline; the decision date still reminds
    [InlineData("6M, 7X", "", "„7X“")]
    [InlineData("99M", "", "„99M“")]
    public void Offsets_are_read_or_refused_in_german(string text, string expected, string? named)
    {
        var (offsets, problem) = ReminderRules.ParseOffsets(text);
        Assert.Equal(expected, Core.Notifications.ReminderOffset.Format(offsets));
        if (named is null)
        {
            Assert.Null(problem);
        }
        else
        {
            Assert.Contains(named, problem);
            Assert.Contains("Vorlaufzeit", problem);
        }
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(23, true)]
    [InlineData(24, false)]
    [InlineData(-1, false)]
    public void Digest_hour_is_a_full_hour_of_the_day(int hour, bool valid)
    {
        Assert.Equal(valid, ReminderRules.DigestHourProblem(hour) is null);
    }
}
