using ItInventory.Web.Data;
using ItInventory.Web.Data.Auditing;
using ItInventory.Web.Data.Entities;
using ItInventory.Web.Features.Accounts;
using ItInventory.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ItInventory.Web.Tests.Features.Accounts;

/// <summary>
/// The whole single sign-on in Chromium: login page, the real provider's login form, back in the app with the mapped role.
/// The provider's accounts and groups are in tests/oidc-provider/provider.js.
/// </summary>
public class SingleSignOnBrowserTests(SingleSignOnBrowserFixture sso) : IClassFixture<SingleSignOnBrowserFixture>
{
    [NodeFact]
    public async Task A_provider_user_signs_in_with_the_role_of_their_group_and_reaches_the_pages_of_that_role()
    {
        var page = await sso.Browser.NewPageAsync(userName: null);

        await page.GotoAsync("/produkte");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/anmelden"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "anmelden-sso.png"), FullPage = true });
        await SignInAtProviderAsync(page, "ingrid");

        await page.WaitForURLAsync($"{sso.Browser.BaseUrl}/produkte");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("current-user")).ToHaveTextAsync("ingrid (IT-Leitung)");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Produkte", Exact = true })).ToBeVisibleAsync();
        // The service behind the page checks the permission of the circuit's user: rows mean the role arrived there too.
        await Assertions.Expect(page.Locator("[data-testid=product-table] tbody tr")).ToHaveCountAsync(25);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "sso-produkte.png"), FullPage = true });

        // IT-Leitung is no administrator: the user administration stays closed.
        var forbidden = await page.GotoAsync("/verwaltung/benutzer");
        Assert.Equal(403, forbidden!.Status);

        await using var scope = sso.Browser.App.Services.CreateFirstTenantScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByLoginAsync(SingleSignOnOptions.Scheme, "ingrid");
        Assert.Equal("Ingrid Leitner", user!.DisplayName);
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<InventoryDbContext>>().CreateDbContextAsync();
        var login = await db.AuditEntries.SingleAsync(e => e.Action == AuditAction.Login && e.UserName == "ingrid");
        Assert.Equal("Per Single Sign-on angemeldet.", login.Summary);
    }

    [NodeFact]
    public async Task Of_several_mapped_groups_the_most_privileged_role_counts()
    {
        var page = await sso.Browser.NewPageAsync(userName: null);

        await page.GotoAsync("/verwaltung/benutzer");
        await SignInAtProviderAsync(page, "anna");

        await page.WaitForURLAsync($"{sso.Browser.BaseUrl}/verwaltung/benutzer");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("current-user")).ToHaveTextAsync("anna (Administration)");
    }

    [NodeFact]
    public async Task A_provider_user_without_a_mapped_group_is_turned_away_with_a_german_message()
    {
        var page = await sso.Browser.NewPageAsync(userName: null);

        await page.GotoAsync("/anmelden");
        await SignInAtProviderAsync(page, "otto");

        await page.WaitForURLAsync($"{sso.Browser.BaseUrl}/anmelden?sso=keine-rolle");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("keine Berechtigung für ItInventory");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "sso-keine-rolle.png"), FullPage = true });
        var afterwards = await page.GotoAsync("/produkte");
        Assert.Contains("/anmelden", afterwards!.Url);

        await using var scope = sso.Browser.App.Services.CreateFirstTenantScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync("otto"));
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<InventoryDbContext>>().CreateDbContextAsync();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == AuditAction.LoginFailed && e.UserName == "otto"));
    }

    /// <summary>From the app's login page through the provider's own login form (any password will do there).</summary>
    private async Task SignInAtProviderAsync(IPage page, string login)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Mit Single Sign-on anmelden" }).ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(sso.ProviderIssuer));
        await page.Locator("input[name=login]").FillAsync(login);
        await page.Locator("input[name=password]").FillAsync("beliebig");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign-in" }).ClickAsync();
    }
}
