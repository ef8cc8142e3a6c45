using System.Security.Cryptography;
using System.Text;

namespace ItInventory.Web.Features.Notifications;

/// <summary>
/// The secret of a private calendar feed URL. Only its SHA-256 is stored (<c>NotificationSetting.CalendarFeedToken</c>),
/// so a copy of the database or of the audit trail does not open anyone's calendar; the URL is shown once, when created.
/// </summary>
public static class CalendarFeedSecret
{
    /// <summary>The stored form: 64 lowercase hex characters, the length of the column.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(secret)));

    /// <summary>The feed's path for a token ("tenant.secret", see <see cref="TenantTokens"/>, 256 random bits).</summary>
    public static string PathOf(string token) => $"/kalender/{token}.ics";
}
