using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Data.PostgreSql;

/// <summary>Hands out a provider's derived context where feature code asks for the plain <see cref="InventoryDbContext"/>.</summary>
internal sealed class ForwardingContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<InventoryDbContext>
    where TContext : InventoryDbContext
{
    public InventoryDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<InventoryDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
