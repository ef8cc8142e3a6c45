using ItInventory.Web.Data;
using ItInventory.Web.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace ItInventory.Web.Tests.Data;

public class DatabaseOptionsTests
{
    [Theory]
    [InlineData(null, DatabaseProvider.Sqlite)]
    [InlineData("Sqlite", DatabaseProvider.Sqlite)]
    [InlineData("PostgreSql", DatabaseProvider.PostgreSql)]
    [InlineData("postgresql", DatabaseProvider.PostgreSql)]
    public void The_provider_is_read_from_Database_Provider(string? configured, DatabaseProvider expected)
    {
        Assert.Equal(expected, DatabaseOptions.From(Configuration(configured)).Provider);
    }

    [Theory]
    [InlineData("Postgres")]
    [InlineData("1")]
    [InlineData("SqlServer")]
    public void An_unknown_provider_stops_the_start_with_a_german_message(string configured)
    {
        var error = Assert.Throws<StartupFaultException>(() => DatabaseOptions.From(Configuration(configured)));

        Assert.Contains($"Database:Provider hat den ungültigen Wert „{configured}“", error.Message);
        Assert.Contains("„Sqlite“ (Standard) und „PostgreSql“", error.Message);
    }

    [Theory]
    [InlineData(null, "braucht die Einstellung ConnectionStrings:Inventory eine Verbindungszeichenfolge")]
    [InlineData("Data Source=data/inventory.db", "keine gültige PostgreSQL-Verbindungszeichenfolge")]
    [InlineData("Database=inventory;Username=app", "nennt keinen PostgreSQL-Server (Host)")]
    public void A_postgresql_connection_string_that_cannot_work_is_explained(string? configured, string message)
    {
        var error = Assert.Throws<StartupFaultException>(() => DataServiceCollectionExtensions.PostgreSqlConnectionString(configured));

        Assert.Contains(message, error.Message);
    }

    private static IConfiguration Configuration(string? provider) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = provider }).Build();
}
