using System.Net;
using System.Text.RegularExpressions;
using ItInventory.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ItInventory.Web.Tests.Support;

/// <summary>Signs an HttpClient in through the real login form, as a browser would.</summary>
public static partial class HttpLogin
{
    public static async Task<HttpClient> CreateClientAsync(this InventoryAppFactory factory, string? userName, string password = AccountSeeder.DemoPassword)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (userName is not null)
        {
            var response = await LoginAsync(client, userName, password);
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"Anmeldung von {userName} fehlgeschlagen: {(int)response.StatusCode}");
            }
        }

        return client;
    }

    public static async Task<HttpResponseMessage> LoginAsync(HttpClient client, string userName, string password)
    {
        var form = await client.GetStringAsync("/anmelden");
        var token = AntiforgeryTokenOf(form);
        return await client.PostAsync("/anmelden", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        }));
    }

    /// <summary>The antiforgery token of the first form in a page's HTML.</summary>
    public static string AntiforgeryTokenOf(string html) => AntiforgeryField().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    internal static partial Regex AntiforgeryField();
}
