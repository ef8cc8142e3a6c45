using System.Net;
using System.Text.RegularExpressions;
using ItInventory.Web.Features.Accounts;
using ItInventory.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ItInventory.Web.Tests.Features.Accounts;

/// <summary>
/// Password guessing on the administrator from one address, through the real login form: the owner signs in from
/// another address at once, and the attacker gets one message whatever happened, even for the right password.
/// </summary>
public partial class LoginThrottleTests
{
    private const string Refused = "Die Anmeldung ist fehlgeschlagen: Benutzername oder Passwort ist falsch, oder es gab zu viele Fehlversuche.";

    [Fact]
    public async Task An_attack_from_one_address_slows_the_attacker_and_leaves_the_owner_signing_in()
    {
        await using var app = new InventoryAppFactory();
        var time = new SteppedTime();
        await using var factory = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(time);
            services.AddSingleton<IStartupFilter, ClientAddressFromHeader>();
        }));
        var attacker = Client(factory, "203.0.113.7");

        // Three free failures, the fourth blocks for 1 s; the sixteen guesses after it are refused unchecked.
        var answers = new List<string>();
        for (var guess = 1; guess <= 20; guess++)
        {
            answers.Add(await RefusedAsync(attacker, "admin", $"Geraten-{guess}-Passwort"));
        }

        var rightButThrottled = await RefusedAsync(attacker, "admin", AccountSeeder.DemoPassword);
        var unknownAccount = await RefusedAsync(Client(factory, "192.0.2.55"), "niemand-hier", "Irgendein-Passwort");

        Assert.All(answers, answer => Assert.StartsWith(Refused, answer));
        Assert.Single(answers.Append(rightButThrottled).Append(unknownAccount).Distinct());
        await AssertSignsInAsync(Client(factory, "198.51.100.20"), "admin");

        // The backoff doubles: after the 1 s one more guess is checked, and the next waits 2 s.
        time.Advance(TimeSpan.FromSeconds(1));
        await RefusedAsync(attacker, "admin", "Geraten-21-Passwort");
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(rightButThrottled, await RefusedAsync(attacker, "admin", AccountSeeder.DemoPassword));
        time.Advance(TimeSpan.FromSeconds(1));
        await AssertSignsInAsync(attacker, "admin");

        // Identity's account lockout, which anyone could trigger, was never reached: the owner is still in.
        await AssertSignsInAsync(Client(factory, "198.51.100.20"), "admin");
    }

    [Fact]
    public void The_delay_doubles_after_the_free_failures_up_to_the_maximum()
    {
        var throttle = new LoginThrottle(TimeProvider.System, Microsoft.Extensions.Options.Options.Create(new AccountOptions { LoginThrottleMaxDelay = TimeSpan.FromMinutes(15) }));

        Assert.Equal(
            [0, 0, 0, 1, 2, 4, 8, 16, 900, 900],
            new[] { 1, 2, 3, 4, 5, 6, 7, 8, 14, 200 }.Select(failures => throttle.DelayAfter(failures).TotalSeconds));
    }

    private static HttpClient Client(WebApplicationFactory<Program> factory, string address)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add(ClientAddressFromHeader.Header, address);
        return client;
    }

    private static async Task<string> RefusedAsync(HttpClient client, string userName, string password)
    {
        var response = await HttpLogin.LoginAsync(client, userName, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var alert = LoginError().Match(await response.Content.ReadAsStringAsync());
        Assert.True(alert.Success, "Die Anmeldeseite zeigte keine Fehlermeldung.");
        return WebUtility.HtmlDecode(alert.Groups[1].Value);
    }

    private static async Task AssertSignsInAsync(HttpClient client, string userName)
    {
        var response = await HttpLogin.LoginAsync(client, userName, AccountSeeder.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [GeneratedRegex("id=\"login-error\">([^<]*)<")]
    private static partial Regex LoginError();

    /// <summary>Time that moves only when the test says so, for the throttle's delays.</summary>
    private sealed class SteppedTime : TimeProvider
    {
        private DateTimeOffset _now = DateTimeOffset.UtcNow;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }

    /// <summary>The test server has no client addresses; each test client names its own in a header.</summary>
    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public const string Header = "X-Test-Client-Address";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[Header], out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
