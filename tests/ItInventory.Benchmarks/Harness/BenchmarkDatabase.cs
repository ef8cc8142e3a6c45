using System.Security.Claims;
using ItInventory.Web.Data;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ItInventory.Benchmarks.Harness;

/// <summary>A database the cases run against: the large generated instance, or in the smoke test a tiny one.</summary>
public sealed class BenchmarkDatabase : IAsyncDisposable
{
    /// <summary>The sample city's and the generator's "today", so figures repeat from run to run.</summary>
    public static readonly DateOnly AsOf = new(2026, 11, 28);

    private readonly ServiceProvider _services;

    public BenchmarkDatabase(DatabaseProvider provider, string connectionString)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _services = new ServiceCollection().AddInventoryDbContext(provider, connectionString, ServiceLifetime.Singleton).BuildServiceProvider();
        Factory = _services.GetRequiredService<IDbContextFactory<InventoryDbContext>>();
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    public IDbContextFactory<InventoryDbContext> Factory { get; }
    public InventoryClock Clock { get; } = new(TimeProvider.System, Options.Create(new InventoryOptions { AsOfDate = AsOf }));

    /// <summary>The cases run as an administrator, who may read, export and import.</summary>
    public static ICurrentUser User { get; } = new BenchmarkUser();

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private sealed class BenchmarkUser : ICurrentUser
    {
        private static readonly ClaimsPrincipal Principal = new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "benchmark"), new Claim(ClaimTypes.Role, Roles.Administrator)], "Benchmark"));

        public Task<ClaimsPrincipal> GetPrincipalAsync() => Task.FromResult(Principal);
    }
}
