using ItInventory.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Data.Tenancy;

/// <summary>The name titles and reports show: the tenant's own, kept for the request or circuit.</summary>
public sealed class TenantNames(IDbContextFactory<InventoryDbContext> contextFactory, IOptions<InventoryOptions> options)
{
    private string? _current;

    /// <summary>
    /// The operation's tenant's name; without a tenant (the login page, an error page) the installation's configured
    /// name, which is also the first tenant's until it is renamed.
    /// </summary>
    public async Task<string> CurrentAsync(CancellationToken cancellationToken = default)
    {
        if (_current is not null)
        {
            return _current;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var tenantId = db.CurrentTenantId;
        var name = tenantId is null ? null : await db.Tenants.Where(t => t.Id == tenantId).Select(t => t.Name).SingleOrDefaultAsync(cancellationToken);
        return _current = string.IsNullOrEmpty(name) ? options.Value.CityName : name;
    }
}
