using ItInventory.Core.Analysis.Deadlines;

namespace ItInventory.Core.Notifications;

/// <summary>
/// Which reminder of a contract is due on a day. The deadlines come from <see cref="DeadlineCalculator"/>; this only
/// places reminders on them: one at the decision date and one at each offset before the notice deadline.
/// </summary>
public static class ReminderSchedule
{
    /// <summary>
    /// The reminder due on <paramref name="asOf"/>, or null. Only contracts with a decision ahead
    /// (<see cref="DecisionDue.Pending"/>) get one, and only while the date they warn of has not passed. When several
    /// are due (the app was down, or this is its first run), only the latest counts: "6 months ahead" is no news next
    /// to "2 weeks ahead", and the earlier ones would arrive as a burst of stale mail.
    /// </summary>
    public static ContractReminder? Due(ContractDeadlines deadlines, IReadOnlyList<ReminderOffset> offsets, DateOnly asOf) =>
        Planned(deadlines, offsets, asOf).Where(r => r.DueOn <= asOf).MaxBy(r => r.DueOn);

    /// <summary>Every reminder of the contract's pending decision, due or not, earliest first (for pages and the calendar).</summary>
    public static IReadOnlyList<ContractReminder> Planned(ContractDeadlines deadlines, IReadOnlyList<ReminderOffset> offsets, DateOnly asOf)
    {
        if (DecisionDue.Pending(deadlines) is not { } pending)
        {
            return [];
        }

        var target = deadlines.NoticeDeadline ?? deadlines.NextTerminationDate ?? pending.DecisionDate;
        if (target < asOf)
        {
            return [];
        }

        var reminders = new List<ContractReminder>
        {
            new(deadlines, ReminderOccasion.DecisionDate, null, pending.DecisionDate, target, asOf),
        };
        if (deadlines.NoticeDeadline is { } notice)
        {
            reminders.AddRange(offsets.Select(o => new ContractReminder(deadlines, ReminderOccasion.BeforeNoticeDeadline, o, o.DueBefore(notice), target, asOf)));
        }

        // An offset falling on the decision date says the same thing twice: the decision date wins.
        return reminders.GroupBy(r => r.DueOn).Select(g => g.OrderBy(r => r.Occasion).First()).OrderBy(r => r.DueOn).ToList();
    }
}
