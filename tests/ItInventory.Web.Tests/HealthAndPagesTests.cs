using System.Net;
using ItInventory.Web.Tests.Support;

namespace ItInventory.Web.Tests;

public class HealthAndPagesTests : IAsyncLifetime
{
    private readonly InventoryAppFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Health_returns_200_when_the_database_is_reachable()
    {
        var response = await _factory.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_the_german_login_page()
    {
        var client = await _factory.CreateClientAsync(null);

        var response = await client.GetAsync("/produkte");
        var login = await client.GetStringAsync("/anmelden");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/anmelden", response.Headers.Location!.PathAndQuery);
        Assert.Contains("<html lang=\"de\"", login);
        Assert.Contains("<title>Anmelden · ItInventory</title>", login);
    }

    [Fact]
    public async Task The_products_page_is_served_in_german_after_login()
    {
        var client = await _factory.CreateClientAsync("it-leitung");

        var html = await client.GetStringAsync("/produkte");

        Assert.Contains("<title>Produkte · ItInventory</title>", html);
        Assert.Contains("Übersicht", html);
        Assert.Contains("it-leitung", html);
    }
}
