using ItInventory.Web.Data;
using ItInventory.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ItInventory.Web.Tests.Support;

/// <summary>The whole app on a private copy of the sample city, on the provider the tests run against.</summary>
public sealed class InventoryAppFactory : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database;

    public InventoryAppFactory() : this(TestDatabase.CreateSampleCityAsync().GetAwaiter().GetResult())
    {
    }

    /// <summary>
    /// The app on a database the caller prepared (e.g. a generated instance); the factory disposes it. Internal,
    /// because xunit builds class fixtures through their one public constructor.
    /// </summary>
    internal InventoryAppFactory(TestDatabase database) => _database = database;

    public string ConnectionString => _database.ConnectionString;

    /// <summary>The app's database, for computing expected figures with the feature services alongside the browser.</summary>
    public TestDatabase Database => _database;

    public DatabaseProvider Provider => _database.Provider;

    /// <summary>A context on the app's database, for arranging and checking data around browser steps.</summary>
    public InventoryDbContext CreateContext() => DataServiceCollectionExtensions.CreateInventoryDbContext(Provider, ConnectionString);

    /// <summary>Further settings ("Section:Key" → value), e.g. to switch on single sign-on.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", _database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Inventory", ConnectionString);
        builder.UseSetting("Inventory:AsOfDate", TestDatabase.AsOf.ToString("yyyy-MM-dd"));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }
}
