using System.Net;
using ItInventory.Web.Features.Accounts;
using ItInventory.Web.Tests.Features.Accounts;
using ItInventory.Web.Tests.Support;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace ItInventory.Web.Tests.Security;

/// <summary>
/// Behind a reverse proxy that ends TLS: the proxy's X-Forwarded-Proto counts only when the request comes from a
/// configured proxy address or network (Inventory:ForwardedHeaders); then cookies are Secure and the sign-in
/// redirects, the local one and the one to the identity provider, are https. Anyone else's headers are ignored.
/// </summary>
public sealed class ForwardedHeadersTests : IAsyncLifetime
{
    private const string Proxy = "10.20.30.40";
    private const string ProxyNetwork = "192.168.77.0/24";

    private readonly InventoryAppFactory _app = new()
    {
        Settings = new Dictionary<string, string?>(SingleSignOnTestSettings.For("https://login.stadt.example/realms/verwaltung"))
        {
            ["Authentication:OpenIdConnect:RequireHttpsMetadata"] = "true",
            ["Inventory:ForwardedHeaders:KnownProxies:0"] = Proxy,
            ["Inventory:ForwardedHeaders:KnownNetworks:0"] = ProxyNetwork,
        },
    };

    private WebApplicationFactory<Program> _host = null!;

    public Task InitializeAsync()
    {
        // The provider's metadata is given, so the challenge needs no identity provider on the network.
        _host = _app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.Configure<OpenIdConnectOptions>(SingleSignOnOptions.Scheme, o => o.Configuration = new OpenIdConnectConfiguration
            {
                Issuer = "https://login.stadt.example/realms/verwaltung",
                AuthorizationEndpoint = "https://login.stadt.example/realms/verwaltung/protocol/openid-connect/auth",
            })));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _app.DisposeAsync();
    }

    [Theory]
    [InlineData(Proxy)]
    [InlineData("192.168.77.12")]
    public async Task Through_a_configured_proxy_cookies_are_secure_and_sign_in_redirects_are_https(string from)
    {
        var login = await SendAsync("/anmelden", from);
        var challenge = await SendAsync("/produkte", from);
        var sso = await SendAsync("/anmelden/sso?returnUrl=%2F", from);

        Assert.Equal(StatusCodes.Status200OK, login.StatusCode);
        var antiforgery = Assert.Single(login.Headers.SetCookie, c => c!.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("https://", challenge.Headers.Location.ToString());
        Assert.Contains("redirect_uri=https%3A%2F%2F", sso.Headers.Location.ToString());
    }

    [Theory]
    [InlineData("10.20.30.41")]
    [InlineData("192.168.78.12")]
    public async Task From_any_other_address_the_forwarded_headers_are_ignored(string from)
    {
        var login = await SendAsync("/anmelden", from);
        var challenge = await SendAsync("/produkte", from);
        var sso = await SendAsync("/anmelden/sso?returnUrl=%2F", from);

        var antiforgery = Assert.Single(login.Headers.SetCookie, c => c!.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.DoesNotContain("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("http://", challenge.Headers.Location.ToString());
        Assert.Contains("redirect_uri=http%3A%2F%2F", sso.Headers.Location.ToString());
    }

    [Fact]
    public async Task Outside_development_HSTS_is_sent_through_a_configured_proxy_only()
    {
        await using var production = _app.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));

        var proxied = await SendAsync(production, "/anmelden", Proxy);
        var direct = await SendAsync(production, "/anmelden", "10.20.30.41");

        Assert.True(proxied.Headers.ContainsKey("Strict-Transport-Security"));
        Assert.False(direct.Headers.ContainsKey("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData("KnownProxies", "10.0.0.300", "Inventory:ForwardedHeaders:KnownProxies:0 „10.0.0.300“ ist keine IP-Adresse")]
    [InlineData("KnownNetworks", "10.0.0.0/33", "Inventory:ForwardedHeaders:KnownNetworks:0 „10.0.0.0/33“ ist kein Netz in CIDR-Schreibweise")]
    public async Task A_mistyped_proxy_stops_the_start_with_a_German_message(string setting, string value, string message)
    {
        await using var app = new InventoryAppFactory { Settings = new Dictionary<string, string?> { [$"Inventory:ForwardedHeaders:{setting}:0"] = value } };

        var failure = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains(message, failure.Message);
    }

    /// <summary>A request as the proxy (or someone else) sends it: plain http from its address, claiming https.</summary>
    private Task<HttpResponse> SendAsync(string pathAndQuery, string from) => SendAsync(_host, pathAndQuery, from);

    private static async Task<HttpResponse> SendAsync(WebApplicationFactory<Program> host, string pathAndQuery, string from) =>
        (await host.Server.SendAsync(context =>
        {
            var parts = pathAndQuery.Split('?');
            context.Request.Method = HttpMethods.Get;
            context.Request.Scheme = "http";
            context.Request.Host = new HostString("inventar.stadt.example");
            context.Request.Path = parts[0];
            context.Request.QueryString = parts.Length > 1 ? new QueryString("?" + parts[1]) : QueryString.Empty;
            context.Connection.RemoteIpAddress = IPAddress.Parse(from);
            context.Request.Headers["X-Forwarded-Proto"] = "https";
            context.Request.Headers["X-Forwarded-For"] = "203.0.113.9";
        })).Response;
}
