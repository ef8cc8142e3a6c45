using ItInventory.Web.Components;
using ItInventory.Web.Data;
using ItInventory.Web.Features.Import;
using ItInventory.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddInventoryWeb();
builder.AddInventoryData();
builder.AddInventoryFeatures();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
}

app.UseRequestLocalization();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();

app.MapStaticAssets();
app.MapHealthChecks("/health");
app.MapImportEndpoints();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.Services.InitializeDatabaseAsync();
await app.RunAsync();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
