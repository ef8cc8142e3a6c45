using Bunit;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;
using MudBlazor.Services;

namespace ItInventory.Web.Tests.Support;

/// <summary>bUnit with MudBlazor and the app's services over a real SQLite file.</summary>
public abstract class MudComponentTest : IAsyncLifetime
{
    protected BunitContext Context { get; } = new();
    protected TestDatabase Database { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateSampleCityAsync();
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
        Context.Services.AddMudServices();
        Context.Services.AddSingleton(Database.Factory);
        Context.Services.AddSingleton(Options.Create(new InventoryOptions { AsOfDate = TestDatabase.AsOf }));
        Context.Services.AddSingleton(TimeProvider.System);
        Context.Services.AddSingleton<InventoryClock>();
        Context.Services.AddSingleton<ICurrentUser>(FixedCurrentUser.WithRoles("test.user", UserRoles));
        RegisterServices(Context.Services);
        Context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        Context.Render<MudPopoverProvider>();
    }

    /// <summary>The roles of the user the component runs for; IT-Leitung may read and edit the inventory.</summary>
    protected virtual string[] UserRoles => [Roles.ItLeitung];

    protected virtual void RegisterServices(IServiceCollection services)
    {
    }

    public async Task DisposeAsync()
    {
        await Context.DisposeAsync();
        await Database.DisposeAsync();
    }
}
