using ItInventory.Web.Tests.Support;

namespace ItInventory.Web.Tests.Features.Accounts;

/// <summary>
/// The app with single sign-on switched on against a real OpenID Connect provider on this machine, and Chromium.
/// The provider's port is chosen first so the app can name it; the provider starts once the app's port is known.
/// </summary>
public sealed class SingleSignOnBrowserFixture : IAsyncLifetime
{
    private readonly int _providerPort = OidcTestProvider.FreePort();
    private OidcTestProvider? _provider;

    public SingleSignOnBrowserFixture()
    {
        Browser = new BrowserFixture(new InventoryAppFactory { Settings = SingleSignOnTestSettings.For(ProviderIssuer) });
    }

    public BrowserFixture Browser { get; }

    public string ProviderIssuer => $"http://127.0.0.1:{_providerPort}";

    public async Task InitializeAsync()
    {
        if (OidcTestProvider.NodeExecutable is null)
        {
            // Every test is skipped; there is nothing to start.
            return;
        }

        await Browser.InitializeAsync();
        _provider = await OidcTestProvider.StartAsync(_providerPort, $"{Browser.BaseUrl}/signin-oidc");
    }

    public async Task DisposeAsync()
    {
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }

        await Browser.DisposeAsync();
    }
}
