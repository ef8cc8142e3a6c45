using ItInventory.Web.Features.Accounts;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ItInventory.Web.Tests.Features.Operations;

/// <summary>
/// The operator's journey in a real browser: create a member municipality with its administrator on the form, look
/// into it, see the banner on every page, end the look; and the new administrator signs in to the new, empty tenant.
/// </summary>
public sealed class OperatorBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private static string Shot(string name) => Path.Combine(Screenshots.Folder("betrieb"), name);

    public async Task InitializeAsync()
    {
        using var scope = browser.App.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<UserAdministrationService>()
            .CreateWithoutPermissionCheckAsync(OperatorTests.OperatorName, "Rechenzentrum Betrieb", null, Roles.Operator, OperatorTests.OperatorPassword, "Test");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_operator_creates_a_tenant_looks_into_it_and_ends_the_look()
    {
        var page = await browser.NewPageAsync(userName: null);
        await BrowserFixture.LoginAsync(page, OperatorTests.OperatorName, OperatorTests.OperatorPassword);
        await page.GotoAsync("/betrieb/mandanten");
        await BrowserFixture.WaitForInteractiveAsync(page);

        await page.GetByLabel("Name", new() { Exact = true }).First.FillAsync("Gemeinde Wiesental-Ost");
        await page.GetByLabel("Amtlicher Gemeindeschlüssel (AGS)").FillAsync("05999044");
        await page.GetByLabel("Amtlicher Regionalschlüssel (ARS)").FillAsync("059990044044");
        await page.GetByLabel("Einwohner").FillAsync("8400");
        await page.GetByLabel("Benutzername").FillAsync("admin.wiesental");
        await page.GetByLabel("Passwort (mind. 12 Zeichen)").FillAsync("Wiesental-Ost-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mandant anlegen" }).ClickAsync();

        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Gemeinde Wiesental-Ost" });
        await Assertions.Expect(row).ToContainTextAsync("05999044");
        await Assertions.Expect(row).ToContainTextAsync("8.400");
        await page.ScreenshotAsync(new() { Path = Shot("mandanten.png"), FullPage = true });

        await row.GetByRole(AriaRole.Button, new() { Name = "Gemeinde Wiesental-Ost einsehen" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/betrieb"));
        var banner = page.GetByTestId("operator-look");
        await Assertions.Expect(banner).ToContainTextAsync("Gemeinde Wiesental-Ost");
        await page.GotoAsync("/produkte");
        await Assertions.Expect(banner).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Shot("einsicht.png"), FullPage = true });

        await banner.GetByRole(AriaRole.Button, new() { Name = "Einsicht beenden" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/betrieb/mandanten"));
        await Assertions.Expect(page.GetByTestId("operator-look")).ToHaveCountAsync(0);

        var member = await browser.NewPageAsync(userName: null);
        await BrowserFixture.LoginAsync(member, "admin.wiesental", "Wiesental-Ost-2026");
        await member.GotoAsync("/produkte");
        await Assertions.Expect(member.GetByText("ItInventory · Gemeinde Wiesental-Ost")).ToBeVisibleAsync();
    }
}
