using ItInventory.Web.Data.Entities;
using ItInventory.Web.Tests.Support;

namespace ItInventory.Web.Tests.Features.Api;

/// <summary>One app with token clients for the roles the API tests need.</summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public InventoryAppFactory Factory { get; } = new();
    public HttpClient Writer { get; private set; } = null!;
    public HttpClient ReadOnlyItLeitung { get; private set; } = null!;
    public HttpClient Rat { get; private set; } = null!;
    public HttpClient Anonymous { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Writer = await Factory.CreateTokenClientAsync("it-leitung", TokenScope.Write);
        ReadOnlyItLeitung = await Factory.CreateTokenClientAsync("it-leitung", TokenScope.Read);
        Rat = await Factory.CreateTokenClientAsync("rat", TokenScope.Read);
        Anonymous = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
