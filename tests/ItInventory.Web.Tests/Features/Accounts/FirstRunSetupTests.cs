using System.Net;
using ItInventory.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Accounts;

/// <summary>
/// The first-run page posted by several browsers at once (or one impatient double click): exactly one administrator
/// is created, the other posts are told that setup is done, and none answers a server error.
/// </summary>
public class FirstRunSetupTests
{
    [Fact]
    public async Task Parallel_posts_to_the_first_run_page_create_exactly_one_administrator()
    {
        await using var app = new InventoryAppFactory { Settings = new Dictionary<string, string?> { ["Accounts:SeedDemoUsers"] = "false" } };
        // Five different names and five posts of one name, each from its own browser with its own form token.
        var names = Enumerable.Range(0, 5).Select(i => $"admin-{i}").Concat(Enumerable.Repeat("admin-gleich", 5)).ToList();
        var posts = new List<(HttpClient Client, FormUrlEncodedContent Form)>();
        foreach (var name in names)
        {
            var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
            var token = HttpLogin.AntiforgeryField().Match(await client.GetStringAsync("/einrichtung")).Groups[1].Value;
            posts.Add((client, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "setup",
                ["__RequestVerificationToken"] = token,
                ["Input.UserName"] = name,
                ["Input.Password"] = "Ersteinrichtung-2026",
            })));
        }

        var responses = await Task.WhenAll(posts.Select(p => p.Client.PostAsync("/einrichtung", p.Form)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        foreach (var other in responses.Where(r => r.StatusCode != HttpStatusCode.Redirect))
        {
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
            Assert.Contains("Die Ersteinrichtung ist abgeschlossen.", await other.Content.ReadAsStringAsync());
        }

        await using var context = app.CreateContext();
        var user = Assert.Single(await context.Users.ToListAsync());
        Assert.Contains(user.UserName, names);
        Assert.Single(await context.UserRoles.Where(r => r.UserId == user.Id).ToListAsync());
    }
}
