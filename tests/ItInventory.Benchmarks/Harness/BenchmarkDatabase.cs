using System.Security.Claims;
using ItInventory.Core.Domain.Tenants;
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

    /// <param name="tenantId">The tenant the cases work in, as a signed-in user of it would: the first one, or one member of an instance spread over many.</param>
    public BenchmarkDatabase(DatabaseProvider provider, string connectionString, int tenantId = Tenant.FirstId)
    {
        Provider = provider;
        ConnectionString = connectionString;
        TenantId = tenantId;
        _services = new ServiceCollection()
            .AddSingleton<ITenantContext>(new FixedTenant(tenantId))
            .AddInventoryDbContext(provider, connectionString, ServiceLifetime.Singleton).BuildServiceProvider();
        Factory = _services.GetRequiredService<IDbContextFactory<InventoryDbContext>>();
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    public int TenantId { get; }
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
