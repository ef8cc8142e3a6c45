using ItInventory.Web.Data.PostgreSql;
using ItInventory.Web.Data.Seeding;
using ItInventory.Web.Data.Tenancy;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace ItInventory.Web.Data;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionStringName = "Inventory";

    public static IHostApplicationBuilder AddInventoryData(this IHostApplicationBuilder builder)
    {
        var database = DatabaseOptions.From(builder.Configuration);
        builder.Services.AddSingleton(database);
        var configured = builder.Configuration.GetConnectionString(ConnectionStringName);
        var connectionString = database.Provider == DatabaseProvider.PostgreSql
            ? PostgreSqlConnectionString(configured)
            : SqliteConnectionString(configured, builder.Environment.ContentRootPath, createMissingFolder: builder.Environment.IsDevelopment());
        builder.Services.AddSingleton(new InventoryDatabase(database.Provider, connectionString));
        // Scoped factory: each context knows the user of its circuit or request, for the audit trail.
        builder.Services.AddInventoryDbContext(database.Provider, connectionString, ServiceLifetime.Scoped);
        builder.Services.AddTransient<SampleCitySeeder>();
        builder.Services.AddTransient<ServiceCatalogueSeeder>();
        builder.Services.TryAddScoped<TenantNames>();
        // The keys behind login cookies and antiforgery tokens live in the database, so a restarted container or a
        // second instance on the same database accepts what another issued. The fixed name makes instances in
        // different folders one application (the default name is the content root path).
        builder.Services.AddDataProtection().SetApplicationName("ItInventory").PersistKeysToDbContext<InventoryDbContext>();
        return builder;
    }

    /// <summary>
    /// Registers <c>IDbContextFactory&lt;InventoryDbContext&gt;</c> and a scoped <see cref="InventoryDbContext"/> for the
    /// provider. On PostgreSQL both hand out <see cref="PostgreSqlInventoryDbContext"/>, which carries its own migrations;
    /// feature code sees only <see cref="InventoryDbContext"/>.
    /// </summary>
    public static IServiceCollection AddInventoryDbContext(this IServiceCollection services, DatabaseProvider provider, string connectionString, ServiceLifetime lifetime)
    {
        if (provider == DatabaseProvider.PostgreSql)
        {
            services.AddDbContextFactory<PostgreSqlInventoryDbContext>(options => options.UseNpgsql(connectionString).UseCaseInsensitiveLike(), lifetime);
            var forwardedLifetime = lifetime == ServiceLifetime.Singleton ? ServiceLifetime.Singleton : ServiceLifetime.Scoped;
            services.Add(new ServiceDescriptor(typeof(IDbContextFactory<InventoryDbContext>), typeof(ForwardingContextFactory<PostgreSqlInventoryDbContext>), forwardedLifetime));
            services.AddScoped<InventoryDbContext>(sp => sp.GetRequiredService<PostgreSqlInventoryDbContext>());
        }
        else
        {
            services.AddDbContextFactory<InventoryDbContext>(options => options.UseSqlite(connectionString), lifetime);
        }

        return services;
    }

    /// <summary>A context outside dependency injection (tools, tests), configured exactly as the registered ones.</summary>
    public static InventoryDbContext CreateInventoryDbContext(DatabaseProvider provider, string connectionString, ICurrentUser? currentUser = null, ITenantContext? tenant = null) =>
        provider == DatabaseProvider.PostgreSql
            ? new PostgreSqlInventoryDbContext(new DbContextOptionsBuilder<PostgreSqlInventoryDbContext>().UseNpgsql(connectionString).UseCaseInsensitiveLike().Options, currentUser, tenant)
            : new InventoryDbContext(new DbContextOptionsBuilder<InventoryDbContext>().UseSqlite(connectionString).Options, currentUser, tenant);

    internal static string PostgreSqlConnectionString(string? configured)
    {
        const string example = "Host=db.example;Database=itinventory;Username=itinventory;Password=...";
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new StartupFaultException($"Für PostgreSQL braucht die Einstellung ConnectionStrings:{ConnectionStringName} eine Verbindungszeichenfolge, z. B. „{example}“.");
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(configured);
        }
        catch (ArgumentException ex)
        {
            throw new StartupFaultException($"Die Einstellung ConnectionStrings:{ConnectionStringName} ist keine gültige PostgreSQL-Verbindungszeichenfolge ({ex.Message}); erwartet wird z. B. „{example}“.", ex);
        }

        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            throw new StartupFaultException($"Die Einstellung ConnectionStrings:{ConnectionStringName} nennt keinen PostgreSQL-Server (Host); erwartet wird z. B. „{example}“.");
        }

        return builder.ConnectionString;
    }

    /// <summary>
    /// A relative SQLite path is resolved against the app's content root, not the shell's working directory,
    /// so the database lands in the same place however the app is started. A missing folder is created only when asked
    /// (Development): elsewhere a mistyped path would silently start an empty database whose first-run page is open to
    /// anyone.
    /// </summary>
    internal static string SqliteConnectionString(string? configured, string contentRoot, bool createMissingFolder = false)
    {
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? "Data Source=data/inventory.db" : configured);
        }
        catch (ArgumentException ex)
        {
            throw new StartupFaultException($"Die Einstellung {InventoryDatabase.Setting} ist keine gültige SQLite-Verbindungszeichenfolge: {ex.Message}", ex);
        }

        if (string.IsNullOrWhiteSpace(builder.DataSource))
        {
            throw new StartupFaultException($"Die Einstellung {InventoryDatabase.Setting} nennt keine Datenbankdatei (Data Source).");
        }

        if (builder.DataSource != ":memory:")
        {
            if (!Path.IsPathRooted(builder.DataSource))
            {
                builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
            }

            SqliteFileCheck.EnsureUsable(builder.DataSource, createMissingFolder);
        }

        return builder.ToString();
    }
}
