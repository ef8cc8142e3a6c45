using System.Globalization;

namespace ItInventory.Core.Notifications;

/// <summary>
/// The key under which a message is recorded before it is sent: recipient, subject (contract, finding or digest),
/// occasion and date. A unique index on it lets a restart or a second app instance on the same database find that the
/// message exists already instead of sending it again.
/// </summary>
public static class MessageKey
{
    public const int MaxLength = 200;

    public static string ForContract(string recipientId, int contractId, string occasion, DateOnly target) =>
        Compose(recipientId, $"contract:{contractId.ToString(CultureInfo.InvariantCulture)}", occasion, target);

    /// <summary>The weekly digest of the ISO week starting on <paramref name="weekMonday"/>: one per recipient and week.</summary>
    public static string ForDigest(string recipientId, DateOnly weekMonday) => Compose(recipientId, "digest", "weekly", weekMonday);

    /// <summary>The council's monthly summary of the month starting on <paramref name="firstOfMonth"/>.</summary>
    public static string ForMonthlySummary(string recipientId, DateOnly firstOfMonth) => Compose(recipientId, "summary", "monthly", firstOfMonth);

    public static string ForProblemReport(string recipientId, string source, DateOnly day) => Compose(recipientId, $"problems:{source}", "run", day);

    private static string Compose(string recipientId, string subject, string occasion, DateOnly date)
    {
        var key = $"{recipientId}|{subject}|{occasion}|{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        // A user id is a GUID (36 characters); the rest stays short, so this only guards against misuse.
        return key.Length <= MaxLength ? key : throw new ArgumentException($"Message key longer than {MaxLength} characters: {key}");
    }
}
