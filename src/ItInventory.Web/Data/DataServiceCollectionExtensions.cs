using ItInventory.Web.Data.Seeding;
using ItInventory.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Data;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionStringName = "Inventory";

    public static IHostApplicationBuilder AddInventoryData(this IHostApplicationBuilder builder)
    {
        var connectionString = SqliteConnectionString(builder.Configuration.GetConnectionString(ConnectionStringName), builder.Environment.ContentRootPath);
        // Scoped factory: each context knows the user of its circuit or request, for the audit trail.
        builder.Services.AddDbContextFactory<InventoryDbContext>(options => options.UseSqlite(connectionString), ServiceLifetime.Scoped);
        builder.Services.AddTransient<SampleCitySeeder>();
        return builder;
    }

    /// <summary>
    /// A relative SQLite path is resolved against the app's content root, not the shell's working directory,
    /// so the database lands in the same place however the app is started.
    /// </summary>
    internal static string SqliteConnectionString(string? configured, string contentRoot)
    {
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? "Data Source=data/inventory.db" : configured);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException($"Die Einstellung ConnectionStrings:{ConnectionStringName} ist keine gültige SQLite-Verbindungszeichenfolge: {ex.Message}", ex);
        }

        if (string.IsNullOrWhiteSpace(builder.DataSource))
        {
            throw new InvalidOperationException($"Die Einstellung ConnectionStrings:{ConnectionStringName} nennt keine Datenbankdatei (Data Source).");
        }

        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        if (builder.DataSource != ":memory:")
        {
            var folder = Path.GetDirectoryName(builder.DataSource);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        return builder.ToString();
    }
}
