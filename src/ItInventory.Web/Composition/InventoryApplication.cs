using ItInventory.Web.Composition.Cli;
using ItInventory.Web.Components;
using ItInventory.Web.Data;
using ItInventory.Web.Features.Accounts;
using ItInventory.Web.Features.Api;
using ItInventory.Web.Features.Audit;
using ItInventory.Web.Features.CityServices;
using ItInventory.Web.Features.Comparison.Exchange;
using ItInventory.Web.Features.Exports;
using ItInventory.Web.Features.Import;
using ItInventory.Web.Features.Invoices;
using ItInventory.Web.Features.Notifications;
using ItInventory.Web.Features.Operations;
using ItInventory.Web.Features.Reports;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Composition;

/// <summary>
/// The composition root: the one place that knows every layer and wires the features into the host. Nothing below
/// (Infrastructure, Data, Features) imports this namespace.
/// </summary>
public static class InventoryApplication
{
    /// <summary>Registers the web host's services, the database, the accounts and every feature.</summary>
    public static IHostApplicationBuilder AddInventory(this IHostApplicationBuilder builder)
    {
        builder.AddInventoryWeb();
        builder.AddInventoryData();
        builder.AddInventoryAccounts();
        builder.AddInventoryFeatures();
        return builder;
    }

    /// <summary>The request pipeline and every endpoint, in the order the middleware needs.</summary>
    public static WebApplication UseInventory(this WebApplication app)
    {
        // Before everything that reads the scheme, host or client address (HSTS, cookies, sign-in redirects, the
        // rate limiter); only for configured proxies, since with none the middleware would believe any client.
        if (app.Services.GetRequiredService<IOptions<InventoryOptions>>().Value.ForwardedHeaders.AnyConfigured)
        {
            app.UseForwardedHeaders();
        }

        // First, so that error pages, status code pages and static files carry the headers too.
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseRequestLocalization();
        app.UseStatusCodePagesWithReExecute("/fehler/{0}", createScopeForStatusCodePages: true);
        app.UseInventoryApi();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseInventoryApiRateLimiter();
        app.UseAntiforgery();

        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapAccountEndpoints();
        app.MapOperatorLookEndpoints();
        app.MapAuditExport();
        app.MapImportEndpoints();
        app.MapCityServicesEndpoints();
        app.MapInvoiceEndpoints();
        app.MapReportEndpoints();
        app.MapInventoryApi();
        app.MapCalendarFeed();
        app.MapBulkExports();
        app.MapComparisonFiles();
        app.MapRazorComponents<App>()
            // frame-ancestors is part of the app's policy in SecurityHeaders; Blazor would add a second, laxer one.
            .AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null);
        return app;
    }

    /// <summary>
    /// Runs a command-line verb (see <see cref="InventoryCommandLine"/>) and ends, or prepares the database and serves
    /// requests. A fault at start ends it with a German message and exit code 1 (see <see cref="StartupGuard"/>).
    /// </summary>
    public static Task<int> RunAsync(string[] args) => StartupGuard.RunAsync(async () =>
    {
        var arguments = VerbArguments.Split(args);
        if (arguments.NamesAVerb)
        {
            // The host gets only the settings: a verb's own options (--name, --overwrite) are no configuration.
            await using var host = new VerbHost(arguments.Configuration);
            return await InventoryCommandLine.RunAsync(arguments.Verb, host);
        }

        var app = Build(args);
        await StartupGuard.OnDatabaseAsync(app.Services, () => app.Services.InitializeDatabaseAsync());
        await app.RunAsync();
        return 0;
    });

    /// <summary>The app with its services and pipeline, its database not yet touched.</summary>
    internal static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddInventory();
        var app = builder.Build();
        app.UseInventory();
        return app;
    }
}
