using System.Net;
using ItInventory.Web.Features.Accounts;
using ItInventory.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Security;

/// <summary>
/// Two app instances on one database (a second container, or the same one after a restart) share the key ring, which
/// lives in the database: the login form of one is accepted by the other, and so is the login cookie it issues.
/// </summary>
public class DataProtectionKeyTests
{
    [Fact]
    public async Task A_login_form_and_cookie_of_one_instance_are_accepted_by_another_on_the_same_database()
    {
        await using var first = new InventoryAppFactory();
        await using var second = new InventoryAppFactory { Settings = new Dictionary<string, string?> { ["ConnectionStrings:Inventory"] = first.ConnectionString } };
        var options = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false };
        using var one = first.CreateClient(options);
        using var other = second.CreateClient(options);

        // The form and its antiforgery cookie come from the first instance, the login goes to the second.
        var form = await one.GetAsync("/anmelden");
        var antiforgery = CookiesOf(form);
        var token = HttpLogin.AntiforgeryField().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        using var login = new HttpRequestMessage(HttpMethod.Post, "/anmelden")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "login",
                ["__RequestVerificationToken"] = token,
                ["Input.UserName"] = "it-leitung",
                ["Input.Password"] = AccountSeeder.DemoPassword,
            }),
        };
        login.Headers.Add("Cookie", antiforgery);
        var signedIn = await other.SendAsync(login);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.DoesNotContain("/anmelden", signedIn.Headers.Location!.OriginalString);

        // The login cookie issued by the second instance opens a page on the first.
        using var page = new HttpRequestMessage(HttpMethod.Get, "/produkte");
        page.Headers.Add("Cookie", CookiesOf(signedIn));
        var response = await one.SendAsync(page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await using var context = first.CreateContext();
        Assert.NotEmpty(await context.DataProtectionKeys.ToListAsync());
    }

    private static string CookiesOf(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
}
