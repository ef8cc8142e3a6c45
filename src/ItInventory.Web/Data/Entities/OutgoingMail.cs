using ItInventory.Core.Domain.Tenants;
using ItInventory.Core.Notifications;

namespace ItInventory.Web.Data.Entities;

public enum OutgoingMailStatus
{
    /// <summary>Recorded, waiting for its (next) attempt.</summary>
    Pending,
    /// <summary>Claimed by one app instance until <see cref="OutgoingMail.ClaimedUntil"/>.</summary>
    Sending,
    Sent,
    /// <summary>Given up after the last attempt; shown on the admin page with its error.</summary>
    Failed,
}

/// <summary>
/// A message recorded before it is sent, under its <see cref="Key"/> (<see cref="MessageKey"/>), which a unique index
/// keeps single: a restart or a second instance finds the row instead of sending again. Sending claims the row with one
/// conditional update, so of two instances only one gets it. Times are UTC <see cref="DateTime"/>s, which SQLite can
/// compare in queries (it cannot compare DateTimeOffset).
/// Not audited: the trail records what people changed, not what the app mailed.
/// </summary>
public class OutgoingMail : ITenantOwned
{
    public const int AddressLength = 320;
    public const int SubjectLength = 300;
    public const int ErrorLength = 1000;

    public long Id { get; set; }
    public int TenantId { get; set; }
    public string Key { get; set; } = "";
    public string RecipientUserId { get; set; } = "";
    public string ToAddress { get; set; } = "";
    public string Subject { get; set; } = "";
    public string TextBody { get; set; } = "";
    public string HtmlBody { get; set; } = "";
    /// <summary>The day the message was due; a message recorded later than that says it is late.</summary>
    public DateOnly DueOn { get; set; }
    public bool IsLate { get; set; }
    public OutgoingMailStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public DateTime? ClaimedUntil { get; set; }
    public string? ClaimedBy { get; set; }
    public string? LastError { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SentAt { get; set; }
    /// <summary>For a weekly digest: the keys of the findings it named (DigestFindings), so the next one tells only new ones.</summary>
    public string? FindingKeys { get; set; }
}
