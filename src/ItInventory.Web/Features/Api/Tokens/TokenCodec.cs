using System.Security.Cryptography;
using System.Text;

namespace ItInventory.Web.Features.Api.Tokens;

/// <summary>Creates tokens and their hashes. 32 random bytes make guessing hopeless, so a fast hash is enough.</summary>
public static class TokenCodec
{
    public const string TokenPrefix = "itinv_";

    public static string NewToken() => TokenPrefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static string VisiblePrefix(string token) => token[..Math.Min(token.Length, TokenPrefix.Length + 6)];

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
