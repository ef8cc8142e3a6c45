using ItInventory.Web.Components;
using ItInventory.Web.Data;
using ItInventory.Web.Features.Accounts;
using ItInventory.Web.Features.Api;
using ItInventory.Web.Features.Exports;
using ItInventory.Web.Features.Audit;
using ItInventory.Web.Features.Import;
using ItInventory.Web.Features.Reports;
using ItInventory.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddInventoryWeb();
builder.AddInventoryData();
builder.AddInventoryAccounts();
builder.AddInventoryFeatures();

var app = builder.Build();

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
app.MapAuditExport();
app.MapImportEndpoints();
app.MapReportEndpoints();
app.MapInventoryApi();
app.MapBulkExports();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.Services.InitializeDatabaseAsync();
if (await CommandLine.TryRunAsync(args, app.Services))
{
    return;
}

await app.RunAsync();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
