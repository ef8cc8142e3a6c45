namespace ItInventory.Core.Notifications;

/// <summary>Why a contract reminder goes out: its decision date has come, or an offset before its notice deadline.</summary>
public enum ReminderOccasion
{
    DecisionDate,
    BeforeNoticeDeadline,
}
