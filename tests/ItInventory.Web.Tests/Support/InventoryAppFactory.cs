using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ItInventory.Web.Tests.Support;

/// <summary>The whole app on a private copy of the sample city's SQLite file.</summary>
public sealed class InventoryAppFactory : WebApplicationFactory<Program>
{
    private readonly string _databasePath;

    public InventoryAppFactory()
    {
        _databasePath = TestDatabase.NewPath();
        File.Copy(SampleCityTemplate.PathAsync().GetAwaiter().GetResult(), _databasePath);
    }

    public string ConnectionString => $"Data Source={_databasePath};Pooling=False";

    /// <summary>Further settings ("Section:Key" → value), e.g. to switch on single sign-on.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
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
        try { File.Delete(_databasePath); } catch (IOException) { }
    }
}
