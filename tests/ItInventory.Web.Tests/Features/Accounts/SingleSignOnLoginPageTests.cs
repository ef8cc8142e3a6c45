using System.Net;
using ItInventory.Web.Features.Accounts;
using ItInventory.Web.Tests.Support;

namespace ItInventory.Web.Tests.Features.Accounts;

/// <summary>What the login page offers with single sign-on off, on, and on without passwords.</summary>
public class SingleSignOnLoginPageTests
{
    [Fact]
    public async Task Switched_off_the_login_page_offers_only_the_password_form_and_there_is_no_challenge_route()
    {
        await using var factory = new InventoryAppFactory();
        var client = await factory.CreateClientAsync(null);

        var page = await client.GetStringAsync("/anmelden");
        var challenge = await client.GetAsync("/anmelden/sso");

        Assert.DoesNotContain("Single Sign-on", page);
        Assert.Contains("id=\"password\"", page);
        // No such route: an anonymous visitor is sent to the login page like anywhere else, not to a provider.
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        Assert.StartsWith("/anmelden?", challenge.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Switched_on_the_login_page_links_to_the_challenge_with_the_local_return_url_and_keeps_the_password_form()
    {
        await using var factory = new InventoryAppFactory { Settings = SingleSignOnTestSettings.For("http://127.0.0.1:9") };
        var client = await factory.CreateClientAsync(null);

        var page = await client.GetStringAsync("/anmelden?ReturnUrl=%2Fprodukte%3Fseite%3D2");
        var foreign = await client.GetStringAsync("/anmelden?ReturnUrl=https%3A%2F%2Fboese.example%2F");

        Assert.Contains("href=\"anmelden/sso?returnUrl=%2Fprodukte%3Fseite%3D2\"", page);
        Assert.Contains(">Mit Single Sign-on anmelden</a>", page);
        Assert.Contains("id=\"password\"", page);
        Assert.Contains("href=\"anmelden/sso?returnUrl=%2F\"", foreign);
        // A password login still works alongside.
        Assert.Equal(HttpStatusCode.Redirect, (await HttpLogin.LoginAsync(client, "rat", AccountSeeder.DemoPassword)).StatusCode);
    }

    [Fact]
    public async Task Without_local_login_there_is_no_password_form_and_a_password_gets_nobody_in()
    {
        await using var factory = new InventoryAppFactory { Settings = SingleSignOnTestSettings.For("http://127.0.0.1:9", allowLocalLogin: false) };
        var client = await factory.CreateClientAsync(null);

        var page = await client.GetStringAsync("/anmelden");
        var attempt = await HttpLogin.LoginAsync(client, "admin", AccountSeeder.DemoPassword);

        Assert.Contains(">Mit Single Sign-on anmelden</a>", page);
        Assert.DoesNotContain("id=\"password\"", page);
        Assert.NotEqual(HttpStatusCode.Redirect, attempt.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/produkte")).StatusCode);
    }

    [Fact]
    public async Task A_failure_code_from_the_sign_on_shows_its_german_message_and_unknown_codes_show_nothing()
    {
        await using var factory = new InventoryAppFactory { Settings = SingleSignOnTestSettings.For("http://127.0.0.1:9") };
        var client = await factory.CreateClientAsync(null);

        var disabled = await client.GetStringAsync("/anmelden?sso=gesperrt");
        var forged = await client.GetStringAsync("/anmelden?sso=%3Cb%3EBitte+Passwort+an+boese.example+senden%3C%2Fb%3E");

        Assert.Contains("role=\"alert\" id=\"login-error\">Ihr Konto ist gesperrt.", disabled);
        Assert.DoesNotContain("role=\"alert\"", forged);
    }

    [Theory]
    [InlineData("/produkte?seite=2", "/produkte?seite=2")]
    [InlineData("https://boese.example/", "/")]
    [InlineData("//boese.example/", "/")]
    [InlineData("/\\boese.example/", "/")]
    [InlineData("", "/")]
    [InlineData(null, "/")]
    public void Only_local_return_urls_survive(string? returnUrl, string expected)
    {
        Assert.Equal(expected, LocalReturnUrl.Sanitize(returnUrl));
    }
}
