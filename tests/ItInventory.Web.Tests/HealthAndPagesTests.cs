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
    public async Task The_products_page_is_served_in_german()
    {
        var html = await _factory.CreateClient().GetStringAsync("/produkte");

        Assert.Contains("<html lang=\"de\"", html);
        Assert.Contains("<title>Produkte · ItInventory</title>", html);
        Assert.Contains("Übersicht", html);
    }
}
