using ItInventory.Core.Analysis;
using ItInventory.Core.Domain;
using ItInventory.Core.Domain.Tenants;
using ItInventory.Core.Notifications;

namespace ItInventory.Web.Data.Entities;

/// <summary>
/// What one user chose to receive by e-mail ("Benachrichtigungen"). Without a row the defaults of the user's role apply
/// (<see cref="NotificationPreferences"/>). The e-mail address and its verification are the account's own
/// (<c>Email</c>, <c>EmailConfirmed</c>): nothing is sent to an address that was not confirmed by its link.
/// </summary>
public class NotificationSetting : Entity, ITenantOwned
{
    public const int TokenLength = 64;
    public const int DepartmentsLength = 400;

    public int TenantId { get; set; }
    public string UserId { get; set; } = "";
    public bool ContractReminders { get; set; }
    public bool WeeklyDigest { get; set; }
    public FindingScope Findings { get; set; }
    public Severity MinimumSeverity { get; set; }
    public bool MonthlySummary { get; set; }
    public DayOfWeek DigestDay { get; set; } = NotificationPreferences.DefaultDigestDay;
    public int DigestHour { get; set; } = NotificationPreferences.DefaultDigestHour;
    /// <summary>Department ids, comma-separated; empty for all departments.</summary>
    public string Departments { get; set; } = "";
    /// <summary>The secret of the digest's unsubscribe link, which works without signing in.</summary>
    public string UnsubscribeToken { get; set; } = "";
    /// <summary>The secret of the user's private calendar feed URL; null while none was created or after revoking it.</summary>
    public string? CalendarFeedToken { get; set; }
}
