using ItInventory.Web.Features.Accounts;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ItInventory.Web.Tests.Support;

/// <summary>
/// The app on a real Kestrel port over its own copy of the sample city, and Debian's Chromium driven by Playwright.
/// One per test class; each test opens its own page.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public BrowserFixture() : this(new InventoryAppFactory())
    {
    }

    /// <summary>For fixtures that need the app with other settings; xunit itself uses the public constructor.</summary>
    internal BrowserFixture(InventoryAppFactory app) => App = app;

    public InventoryAppFactory App { get; }
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    /// <summary>Where a test keeps pictures and downloads it does not name a folder for (see <see cref="Screenshots"/>).</summary>
    public static string ScreenshotFolder => Screenshots.Folder("");

    public async Task InitializeAsync()
    {
        App.UseKestrel(0);
        App.StartServer();
        var addresses = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseUrl = addresses.Addresses.First().Replace("[::]", "127.0.0.1").TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A fresh German browser page on the app, signed in as the demo user of the given role (null: anonymous).</summary>
    public async Task<IPage> NewPageAsync(string? userName = "it-leitung")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = "de-DE",
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
            AcceptDownloads = true,
        });
        // Generous timeouts: the suite runs on two shared cores, where a circuit can take a while to connect.
        context.SetDefaultTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(30_000);
        var page = await context.NewPageAsync();
        if (userName is not null)
        {
            await LoginAsync(page, userName);
        }

        return page;
    }

    public static async Task LoginAsync(IPage page, string userName, string password = AccountSeeder.DemoPassword)
    {
        await page.GotoAsync("/anmelden");
        await SubmitLoginAsync(page, userName, password);
    }

    /// <summary>Fills in and sends the login form the page shows, as a user would, and waits to be let in.</summary>
    public static async Task SubmitLoginAsync(IPage page, string userName, string password = AccountSeeder.DemoPassword)
    {
        await page.GetByLabel("Benutzername").FillAsync(userName);
        await page.GetByLabel("Passwort").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/anmelden"));
    }

    /// <summary>Waits until the interactive circuit has rendered the page, so clicks and uploads reach the server.</summary>
    public static async Task WaitForInteractiveAsync(IPage page)
    {
        await page.Locator("main[data-interactive='true']").WaitForAsync();
    }

    /// <summary>
    /// Waits until Blazor's InputFile has attached its change listener (it does so after its first interactive render,
    /// one round trip after the page turned interactive); a file set before that would go unnoticed.
    /// </summary>
    public static async Task WaitForFileInputAsync(IPage page, string selector)
    {
        await page.WaitForFunctionAsync("s => document.querySelector(s)?._blazorInputFileNextFileId !== undefined", selector);
    }

    /// <summary>Keeps the page as the server prerendered it: the script that starts the interactive circuit never loads.</summary>
    public static Task WithoutCircuitAsync(IPage page) =>
        page.RouteAsync("**/_framework/blazor.web*.js", route => route.AbortAsync());

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}
