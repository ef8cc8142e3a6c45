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
            posts.Add((client, Form(HttpLogin.AntiforgeryTokenOf(await client.GetStringAsync("/einrichtung")), name)));
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

    /// <summary>The slow half of the race, in order: a form opened before the administrator existed and sent after.</summary>
    [Fact]
    public async Task A_form_sent_after_setup_is_told_it_is_done_not_refused()
    {
        await using var app = new InventoryAppFactory { Settings = new Dictionary<string, string?> { ["Accounts:SeedDemoUsers"] = "false" } };
        var late = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var lateForm = Form(HttpLogin.AntiforgeryTokenOf(await late.GetStringAsync("/einrichtung")), "admin-spaet");
        var first = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var firstForm = Form(HttpLogin.AntiforgeryTokenOf(await first.GetStringAsync("/einrichtung")), "admin-zuerst");

        Assert.Equal(HttpStatusCode.Redirect, (await first.PostAsync("/einrichtung", firstForm)).StatusCode);
        var answer = await late.PostAsync("/einrichtung", lateForm);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("Die Ersteinrichtung ist abgeschlossen.", await answer.Content.ReadAsStringAsync());
        await using var context = app.CreateContext();
        Assert.Equal("admin-zuerst", Assert.Single(await context.Users.ToListAsync()).UserName);
    }

    private static FormUrlEncodedContent Form(string token, string userName) => new(new Dictionary<string, string>
    {
        ["_handler"] = "setup",
        ["__RequestVerificationToken"] = token,
        ["Input.UserName"] = userName,
        ["Input.Password"] = "Ersteinrichtung-2026",
    });
}
