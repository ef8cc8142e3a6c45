using ItInventory.Core.Analysis.Deadlines;

namespace ItInventory.Core.Notifications;

/// <summary>
/// A contract reminder due on <paramref name="AsOf"/>. <paramref name="Target"/> is the date it warns of (the notice
/// deadline, or the end for a contract that ends by itself): the reminders of a later term have a later target and so
/// keys of their own.
/// </summary>
public sealed record ContractReminder(
    ContractDeadlines Deadlines,
    ReminderOccasion Occasion,
    ReminderOffset? Offset,
    DateOnly DueOn,
    DateOnly Target,
    DateOnly AsOf)
{
    public int ContractId => Deadlines.ContractId;

    /// <summary>Due before today: the app was not running (or could not send) on the day; the mail says so.</summary>
    public bool IsLate => DueOn < AsOf;

    /// <summary>"DEC" for the decision date, the offset's code otherwise; part of the message key.</summary>
    public string OccasionCode => Occasion == ReminderOccasion.DecisionDate ? "DEC" : Offset!.Value.Code;

    /// <summary>The exactly-once key of this reminder for one recipient.</summary>
    public string KeyFor(string recipientId) => MessageKey.ForContract(recipientId, ContractId, OccasionCode, Target);
}
