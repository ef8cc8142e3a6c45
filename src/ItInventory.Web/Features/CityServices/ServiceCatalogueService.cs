using ItInventory.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.CityServices;

/// <summary>One OZG service of the shared catalogue as the API shows it.</summary>
public sealed record OzgServiceRow(string OzgId, string Name, string? LifeSituation, string? TopicArea, bool IsWithdrawn);

/// <summary>Reads the shared OZG catalogue (557 entries: small enough to filter in memory).</summary>
public sealed class ServiceCatalogueService(IDbContextFactory<InventoryDbContext> contextFactory)
{
    public async Task<IReadOnlyList<OzgServiceRow>> ListAsync(string? search, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.OzgServices.AsNoTracking().OrderBy(s => s.OzgId)
            .Select(s => new OzgServiceRow(s.OzgId, s.Name, s.LifeSituation, s.TopicArea, s.IsWithdrawn))
            .ToListAsync(cancellationToken);
        var term = search?.Trim();
        return string.IsNullOrEmpty(term)
            ? rows
            : rows.Where(r => r.OzgId.Contains(term, StringComparison.OrdinalIgnoreCase) || r.Name.Contains(term, StringComparison.OrdinalIgnoreCase)
                || (r.LifeSituation?.Contains(term, StringComparison.OrdinalIgnoreCase) ?? false)).ToList();
    }
}
