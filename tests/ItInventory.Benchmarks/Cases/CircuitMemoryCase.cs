using ItInventory.Benchmarks.Harness;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ItInventory.Benchmarks.Cases;

/// <summary>
/// Server memory per open Blazor circuit: the app runs in this process on a real port, Chromium opens N pages of the
/// product list, and the settled managed heap grows by N circuits' worth. Baseline: the same for a page of static text
/// (the accessibility statement) in the same layout. The target is what the list adds above that page.
/// </summary>
public sealed class CircuitMemoryCase(int circuits = 20) : IBenchmarkCase
{
    /// <summary>What a circuit on the product list may cost above one on an empty page.</summary>
    public const double MaxAboveEmptyPageKilobytes = 500;

    public string Name => "Speicher je Blazor-Verbindung (Produktliste)";

    public async Task<IReadOnlyList<BenchmarkResult>> RunAsync(BenchmarkDatabase database, BenchmarkRun run, CancellationToken cancellationToken = default)
    {
        var count = run.Smoke ? 1 : circuits;
        await using var app = new BenchmarkAppFactory(database);
        app.UseKestrel(0);
        app.StartServer();
        var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "127.0.0.1");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, Locale = "de-DE" });
        context.SetDefaultTimeout(120_000);
        var login = await context.NewPageAsync();
        await login.GotoAsync("/anmelden");
        await login.GetByLabel("Benutzername").FillAsync("it-leitung");
        await login.GetByLabel("Passwort").FillAsync(BenchmarkAppFactory.DemoPassword);
        await login.GetByRole(AriaRole.Button, new() { Name = "Anmelden" }).ClickAsync();
        await login.WaitForURLAsync(url => !url.Contains("/anmelden"));
        await login.CloseAsync(new PageCloseOptions { RunBeforeUnload = true });

        // Warm up both pages once, so JIT and caches are not counted as circuit memory.
        foreach (var warm in new[] { "/barrierefreiheit", "/produkte" })
        {
            var page = await OpenAsync(context, warm);
            await page.CloseAsync(new PageCloseOptions { RunBeforeUnload = true });
        }

        await Task.Delay(TimeSpan.FromSeconds(run.Smoke ? 0.5 : 3), cancellationToken);
        var before = SettledHeap();
        var pages = new List<IPage>();
        for (var i = 0; i < count; i++)
        {
            pages.Add(await OpenAsync(context, "/barrierefreiheit"));
        }

        var withEmpty = SettledHeap();
        for (var i = 0; i < count; i++)
        {
            pages.Add(await OpenAsync(context, "/produkte"));
        }

        var withList = SettledHeap();
        await context.CloseAsync();

        var emptyPerCircuit = (withEmpty - before) / count / 1024d;
        var listPerCircuit = (withList - withEmpty) / count / 1024d;
        return
        [
            new BenchmarkResult($"{Name}, {count} Verbindungen", database.Provider.ToString(), null, TimeSpan.Zero, "≤ 500 KB über leerer Seite", listPerCircuit - emptyPerCircuit <= MaxAboveEmptyPageKilobytes,
                $"Produktliste {listPerCircuit:N0} KB je Verbindung; leere Seite {emptyPerCircuit:N0} KB; Unterschied {listPerCircuit - emptyPerCircuit:N0} KB")
            {
                Kilobytes = (listPerCircuit, emptyPerCircuit),
            },
        ];
    }

    private static async Task<IPage> OpenAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined && document.querySelector('.mud-layout') !== null");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        if (path == "/produkte")
        {
            await page.Locator("table tbody tr").First.WaitForAsync();
        }

        return page;
    }

    private static long SettledHeap()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(forceFullCollection: true);
    }
}

/// <summary>The app in this process over the benchmark database, with the demo users for signing in.</summary>
public sealed class BenchmarkAppFactory : WebApplicationFactory<Program>
{
    private readonly BenchmarkDatabase database;

    public BenchmarkAppFactory(BenchmarkDatabase database)
    {
        this.database = database;
        // Test projects get the web app's folder from an attribute the testing package generates; this console does not.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_ITINVENTORY_WEB", Path.Combine(RepositoryPaths.Root, "src", "ItInventory.Web"));
    }

    public const string DemoPassword = ItInventory.Web.Features.Accounts.AccountSeeder.DemoPassword;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Inventory", database.ConnectionString);
        builder.UseSetting("Inventory:AsOfDate", BenchmarkDatabase.AsOf.ToString("yyyy-MM-dd"));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}
