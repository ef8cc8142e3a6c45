using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Infrastructure;

/// <summary>
/// The reverse proxies (Inventory:ForwardedHeaders) whose X-Forwarded-For/-Proto/-Host the app believes. Behind a
/// proxy that ends TLS the app sees plain http; only with the proxy's word does it know the visitor came by https, so
/// that cookies get Secure, HSTS is sent and the sign-in redirect addresses are https. Anyone else's headers are
/// ignored: a visitor who reaches the app directly could otherwise claim any address or scheme.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    /// <summary>Single addresses, e.g. <c>10.0.0.5</c> or <c>::1</c>; one per entry.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks in CIDR notation, e.g. <c>10.0.0.0/24</c>; one per entry.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>
    /// Without a configured proxy the middleware stays off: with empty lists ASP.NET Core would believe everyone.
    /// </summary>
    public bool AnyConfigured => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    /// <summary>German messages naming each entry that is not an address or a network.</summary>
    public IEnumerable<string> Problems()
    {
        const string prefix = InventoryOptions.Section + ":ForwardedHeaders";
        foreach (var (entry, index) in KnownProxies.Select((e, i) => (e, i)).Where(e => !IPAddress.TryParse(e.e?.Trim(), out _)))
        {
            yield return $"{prefix}:KnownProxies:{index} „{entry}“ ist keine IP-Adresse (erwartet z. B. 10.0.0.5 oder ::1; je Eintrag eine Adresse).";
        }

        foreach (var (entry, index) in KnownNetworks.Select((e, i) => (e, i)).Where(e => !System.Net.IPNetwork.TryParse(e.e?.Trim(), out _)))
        {
            yield return $"{prefix}:KnownNetworks:{index} „{entry}“ ist kein Netz in CIDR-Schreibweise (erwartet z. B. 10.0.0.0/24; die Adresse darf keine Bits hinter der Präfixlänge haben).";
        }
    }

    /// <summary>Trusts exactly the configured proxies: the framework's default (loopback) is dropped.</summary>
    public void ApplyTo(ForwardedHeadersOptions options)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy.Trim()));
        }

        foreach (var network in KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network.Trim()));
        }
    }

    /// <summary>Checked at start, so a mistyped proxy stops the app instead of silently trusting no one.</summary>
    public sealed class Validator : IValidateOptions<InventoryOptions>
    {
        public ValidateOptionsResult Validate(string? name, InventoryOptions options)
        {
            var problems = options.ForwardedHeaders.Problems().ToList();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
