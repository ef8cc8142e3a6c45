using ItInventory.Core.Analysis.Services;
using ItInventory.Core.Domain;
using ItInventory.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.CityServices;

/// <summary>Loads the tenant's services with their products, vendors and standards and hands them to the coverage rule.</summary>
public sealed class CityServiceCoverageService(IDbContextFactory<InventoryDbContext> contextFactory)
{
    /// <param name="topN">25, 50 or 100; null for all services.</param>
    public async Task<ServiceCoverageReport> CoverageAsync(int? topN, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (services, interfaces) = await LoadAsync(db, cancellationToken);
        return ServiceCoverage.Of(services, interfaces, topN);
    }

    /// <summary>Every city service of the tenant with what the assessment reads, and the tenant's interfaces.</summary>
    internal static async Task<(List<CityService> Services, List<DataInterface> Interfaces)> LoadAsync(InventoryDbContext db, CancellationToken cancellationToken)
    {
        var services = await db.CityServices.AsNoTracking().AsSplitQuery()
            .Include(s => s.OzgService)
            .Include(s => s.LeikaService)
            .Include(s => s.Products).ThenInclude(p => p.Product!).ThenInclude(p => p.Vendor)
            .Include(s => s.Products).ThenInclude(p => p.Product!).ThenInclude(p => p.StandardSupport).ThenInclude(s => s.Standard)
            .ToListAsync(cancellationToken);
        var interfaces = await db.Interfaces.AsNoTracking().Include(i => i.Standard).ToListAsync(cancellationToken);
        return (services, interfaces);
    }
}
