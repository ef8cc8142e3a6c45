using ItInventory.Web.Components;
using ItInventory.Web.Data;
using ItInventory.Web.Features.Accounts;
using ItInventory.Web.Features.Api;
using ItInventory.Web.Features.Audit;
using ItInventory.Web.Features.Exports;
using ItInventory.Web.Features.Import;
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
        app.MapReportEndpoints();
        app.MapInventoryApi();
        app.MapBulkExports();
        app.MapRazorComponents<App>()
            // frame-ancestors is part of the app's policy in SecurityHeaders; Blazor would add a second, laxer one.
            .AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null);
        return app;
    }

    /// <summary>Builds and runs the app; a fault at start ends it with a German message and exit code 1 (see <see cref="StartupGuard"/>).</summary>
    public static Task<int> RunAsync(string[] args) => StartupGuard.RunAsync(async () =>
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddInventory();
        var app = builder.Build();
        app.UseInventory();
        return await app.RunInventoryAsync(args);
    });

    /// <summary>
    /// Prepares the database, then either runs a command-line verb (and ends) or serves requests. Backup and restore run
    /// before the preparation: they take the database as it is (a backup before a migration, a restore into an empty file).
    /// </summary>
    public static async Task<int> RunInventoryAsync(this WebApplication app, string[] args)
    {
        if (await CommandLine.TryRunOnDatabaseAsIsAsync(args, app.Services) is { } backupExitCode)
        {
            return backupExitCode;
        }

        await StartupGuard.OnDatabaseAsync(app.Services, () => app.Services.InitializeDatabaseAsync());
        if (await CommandLine.TryRunAsync(args, app.Services))
        {
            return Environment.ExitCode;
        }

        await app.RunAsync();
        return 0;
    }
}
