using ItInventory.Web.Tests.Support;

namespace ItInventory.Web.Tests.Accessibility;

/// <summary>The app before its first account exists, where /einrichtung offers the form for the first administrator.</summary>
public sealed class FirstRunBrowserFixture : IAsyncLifetime
{
    public BrowserFixture Browser { get; } = new(new InventoryAppFactory
    {
        Settings = new Dictionary<string, string?> { ["Accounts:SeedDemoUsers"] = "false" },
    });

    public Task InitializeAsync() => Browser.InitializeAsync();

    public Task DisposeAsync() => Browser.DisposeAsync();
}
