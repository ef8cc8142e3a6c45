using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ItInventory.Web.Features.Notifications;

/// <summary>
/// The secret of an address verification link: 32 random bytes, of which only the SHA-256 hash is stored (in Identity's
/// user-token table, one per user, so a new link replaces the last), with the address it confirms and its expiry.
/// Whoever reads the database cannot open the link; the link confirms only the address it was sent to.
/// </summary>
public sealed record AddressVerificationToken(string Hash, DateTime ExpiresUtc, string Address)
{
    public const string LoginProvider = "ItInventory";
    public const string Name = "AddressVerification";

    /// <summary>Long enough to open the mail after a weekend, short enough that an old mail in a forwarded thread is dead.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(3);

    /// <summary>A new secret (for the link) and what is stored of it.</summary>
    public static (string Secret, AddressVerificationToken Stored) Create(string address, DateTime nowUtc)
    {
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (secret, new AddressVerificationToken(HashOf(secret), nowUtc + Lifetime, address));
    }

    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>The stored value: "hash|expiry|address"; the hash leads, so a link is found by a prefix search.</summary>
    public string Value => $"{Hash}|{ExpiresUtc.ToString("O", CultureInfo.InvariantCulture)}|{Address}";

    public static AddressVerificationToken? Parse(string? value)
    {
        var parts = value?.Split('|', 3);
        return parts is [var hash, var expires, var address]
               && DateTime.TryParse(expires, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var expiresUtc)
            ? new AddressVerificationToken(hash, expiresUtc, address)
            : null;
    }

    public bool IsExpired(DateTime nowUtc) => nowUtc >= ExpiresUtc;
}
