using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Features.Accounts;

/// <summary>
/// Slows password guessing per client address and account name with exponential backoff, so that an attacker on one
/// account does not lock its owner out (Identity's own lockout counts per account only: anyone could trigger it).
/// Every attempt counts as a failure until it succeeds, so that parallel guesses cannot slip through before the first
/// failure is recorded. A blocked attempt is refused before the password is checked, with the same message as a wrong
/// one: the attacker cannot tell a blocked right password from a wrong one.
/// In memory, per app instance: a restart forgets, and each instance behind a load balancer counts on its own.
/// </summary>
public sealed class LoginThrottle(TimeProvider time, IOptions<AccountOptions> options)
{
    /// <summary>Above this many tracked pairs, pairs quiet for twice the longest delay are forgotten.</summary>
    private const int PruneAbove = 10_000;

    private const int HardLimit = 100_000;

    private readonly Dictionary<(string Client, string Account), Attempts> _attempts = [];
    private DateTimeOffset _lastPrune;

    private sealed record Attempts(int Count, DateTimeOffset BlockedUntil, DateTimeOffset Last);

    /// <summary>Starts an attempt; false when the pair is blocked (then the attempt is not counted).</summary>
    public bool TryBegin(IPAddress? client, string account)
    {
        var now = time.GetUtcNow();
        var key = Key(client, account);
        lock (_attempts)
        {
            var previous = _attempts.GetValueOrDefault(key);
            if (previous is not null && now < previous.BlockedUntil)
            {
                return false;
            }

            var count = (previous?.Count ?? 0) + 1;
            _attempts[key] = new Attempts(count, now + DelayAfter(count), now);
            Prune(now);
            return true;
        }
    }

    /// <summary>A successful sign-in clears the pair's failures.</summary>
    public void Succeeded(IPAddress? client, string account)
    {
        lock (_attempts)
        {
            _attempts.Remove(Key(client, account));
        }
    }

    /// <summary>No delay for the first few failures (typos); then 1 s, 2 s, 4 s … up to the configured maximum.</summary>
    public TimeSpan DelayAfter(int failures)
    {
        var settings = options.Value;
        var doublings = failures - settings.LoginThrottleFreeFailures - 1;
        if (doublings < 0)
        {
            return TimeSpan.Zero;
        }

        var seconds = Math.Pow(2, Math.Min(doublings, 30));
        return TimeSpan.FromSeconds(Math.Min(seconds, settings.LoginThrottleMaxDelay.TotalSeconds));
    }

    private void Prune(DateTimeOffset now)
    {
        // At most once a minute: a scan of a large table on every attempt would make the throttle itself the bottleneck.
        if (_attempts.Count <= PruneAbove || now - _lastPrune < TimeSpan.FromMinutes(1))
        {
            return;
        }

        _lastPrune = now;

        var forgetBefore = now - 2 * options.Value.LoginThrottleMaxDelay;
        foreach (var key in _attempts.Where(a => a.Value.Last < forgetBefore).Select(a => a.Key).ToList())
        {
            _attempts.Remove(key);
        }

        // Guesses at ever new names from many addresses must not grow the table without end: past the hard limit,
        // pairs that are not waiting right now are forgotten (at worst an attacker's next few guesses are free again).
        if (_attempts.Count > HardLimit)
        {
            foreach (var key in _attempts.Where(a => a.Value.BlockedUntil <= now).Select(a => a.Key).ToList())
            {
                _attempts.Remove(key);
            }
        }
    }

    private static (string, string) Key(IPAddress? client, string account) =>
        (ClientKey(client), account.Trim().ToUpperInvariant());

    /// <summary>An IPv6 client is counted by its /64 network: one connection usually owns all of it.</summary>
    private static string ClientKey(IPAddress? client)
    {
        if (client is null)
        {
            return "unbekannt";
        }

        if (client.IsIPv4MappedToIPv6)
        {
            client = client.MapToIPv4();
        }

        if (client.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return client.ToString();
        }

        var bytes = client.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
