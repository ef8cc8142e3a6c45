using System.Globalization;
using System.Security.Cryptography;

namespace ItInventory.Web.Features.Notifications;

/// <summary>
/// The secrets in links that work without signing in (unsubscribe, private calendar feed): "tenant.secret". The
/// tenant's number lets the app look the secret up inside that tenant only (on PostgreSQL no row of any tenant is
/// visible before one is set); the 64 random hex characters are what grants anything.
/// </summary>
public static class TenantTokens
{
    public static string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public static string Compose(int tenantId, string secret) => $"{tenantId.ToString(CultureInfo.InvariantCulture)}.{secret}";

    /// <summary>The tenant and secret of a link's token; false for anything malformed (which is then simply unknown).</summary>
    public static bool TryParse(string? token, out int tenantId, out string secret)
    {
        tenantId = 0;
        secret = "";
        var parts = (token ?? "").Split('.');
        if (parts.Length != 2 || parts[1].Length != 64 || !parts[1].All(char.IsAsciiHexDigitLower)
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out tenantId) || tenantId <= 0)
        {
            return false;
        }

        secret = parts[1];
        return true;
    }
}
