using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Core.Domain;
using ItInventory.Core.Notifications;

namespace ItInventory.Core.Tests.Notifications;

public class ReminderScheduleTests
{
    // Renews every year on 31 December after a 36-month minimum term, 3 months' notice: in 2026 the notice deadline is
    // 30.09.2026 and the decision date (90 lead days) 02.07.2026; 6 months before notice is 30.03., 3 months 30.06.,
    // 2 weeks 16.09.
    private static readonly Contract Renewing = new()
    {
        Id = 7, Start = new DateOnly(2020, 1, 1), TermKind = ContractTermKind.Renewing, MinimumTermMonths = 36,
        RenewalPeriodMonths = 12, TacitRenewal = true, NoticePeriodMonths = 3, NoticeReference = NoticeReference.EndOfTerm,
    };

    [Theory]
    [InlineData("2026-03-29", null, null, false)] // nothing due yet
    [InlineData("2026-03-30", "6M", "2026-03-30", false)] // on the day: on time
    [InlineData("2026-04-10", "6M", "2026-03-30", true)] // found later (app was down): the same reminder, late
    [InlineData("2026-06-30", "3M", "2026-06-30", false)]
    [InlineData("2026-07-02", "DEC", "2026-07-02", false)] // the decision date has its own reminder
    [InlineData("2026-08-01", "DEC", "2026-07-02", true)] // several passed: only the latest, not a burst of stale ones
    [InlineData("2026-09-16", "2W", "2026-09-16", false)]
    [InlineData("2026-09-30", "2W", "2026-09-16", true)] // the deadline day itself: still worth a (late) reminder
    [InlineData("2026-10-01", "6M", "2027-03-30", false)] // the notice deadline passed: the next term is what counts ...
    public void The_latest_due_reminder_of_the_pending_term(string asOf, string? occasion, string? dueOn, bool late)
    {
        var day = DateOnly.Parse(asOf);
        var reminder = ReminderSchedule.Due(new DeadlineCalculator().Calculate(Renewing, day), ReminderOffset.Defaults, day);

        if (occasion is null)
        {
            Assert.Null(reminder);
            return;
        }

        // ... and on 01.10.2026 no reminder of the next term is due yet (its 6 months start 30.03.2027).
        if (DateOnly.Parse(dueOn!) > day)
        {
            Assert.Null(reminder);
            return;
        }

        Assert.NotNull(reminder);
        Assert.Equal(occasion, reminder.OccasionCode);
        Assert.Equal(DateOnly.Parse(dueOn!), reminder.DueOn);
        Assert.Equal(new DateOnly(2026, 9, 30), reminder.Target);
        Assert.Equal(late, reminder.IsLate);
    }

    [Fact]
    public void Each_term_has_keys_of_its_own_and_the_recipient_is_part_of_the_key()
    {
        var thisYear = new DateOnly(2026, 3, 30);
        var nextYear = new DateOnly(2027, 3, 30);
        var first = ReminderSchedule.Due(new DeadlineCalculator().Calculate(Renewing, thisYear), ReminderOffset.Defaults, thisYear)!;
        var second = ReminderSchedule.Due(new DeadlineCalculator().Calculate(Renewing, nextYear), ReminderOffset.Defaults, nextYear)!;

        Assert.Equal("anna|contract:7|6M|2026-09-30", first.KeyFor("anna"));
        Assert.Equal("anna|contract:7|6M|2027-09-30", second.KeyFor("anna"));
        Assert.NotEqual(first.KeyFor("anna"), first.KeyFor("bert"));
    }

    [Fact]
    public void Per_contract_offsets_replace_the_defaults()
    {
        var day = new DateOnly(2026, 3, 30);
        var deadlines = new DeadlineCalculator().Calculate(Renewing, day);

        var planned = ReminderSchedule.Planned(deadlines, [ReminderOffset.OfMonths(9), ReminderOffset.OfWeeks(1)], day);

        Assert.Equal(["9M", "DEC", "1W"], planned.Select(r => r.OccasionCode));
        Assert.Equal([new DateOnly(2025, 12, 30), new DateOnly(2026, 7, 2), new DateOnly(2026, 9, 23)], planned.Select(r => r.DueOn));
    }

    [Fact]
    public void A_contract_without_notice_gets_the_decision_reminder_before_its_end()
    {
        var fixedEnd = new Contract { Id = 3, Start = new DateOnly(2024, 1, 1), TermKind = ContractTermKind.FixedEnd, FixedEnd = new DateOnly(2026, 12, 31) };
        var day = new DateOnly(2026, 10, 5);

        var reminder = ReminderSchedule.Due(new DeadlineCalculator().Calculate(fixedEnd, day), ReminderOffset.Defaults, day);

        Assert.NotNull(reminder);
        Assert.Equal(ReminderOccasion.DecisionDate, reminder.Occasion);
        Assert.Equal(new DateOnly(2026, 12, 31), reminder.Target);
    }

    [Fact]
    public void Terminated_and_ended_contracts_get_no_reminder()
    {
        var day = new DateOnly(2026, 8, 1);
        var terminated = new Contract
        {
            Id = 8, Start = Renewing.Start, TermKind = ContractTermKind.Renewing, MinimumTermMonths = 36, RenewalPeriodMonths = 12,
            TacitRenewal = true, NoticePeriodMonths = 3, EndedOn = new DateOnly(2026, 12, 31),
        };

        Assert.Null(ReminderSchedule.Due(new DeadlineCalculator().Calculate(terminated, day), ReminderOffset.Defaults, day));
    }
}
