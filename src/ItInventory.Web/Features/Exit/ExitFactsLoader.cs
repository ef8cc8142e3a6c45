using ItInventory.Core.Analysis.Exit;
using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Domain;
using ItInventory.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Exit;

/// <summary>
/// Reads what the exit assessment is made from, for one product or all that are not retired, in a few queries:
/// the contracts binding each product, its interfaces, its running cost (the one year-cost rule) and its assessment.
/// </summary>
internal static class ExitFactsLoader
{
    public static async Task<List<ExitFacts>> LoadAsync(InventoryDbContext db, int? productId, DateOnly asOf, int lastPlanYear,
        CancellationToken cancellationToken)
    {
        var products = await db.Products.AsNoTracking()
            .Where(p => p.Lifecycle != LifecycleStatus.Retired && (productId == null || p.Id == productId))
            .Include(p => p.Contracts)
            .OrderBy(p => p.Name).ThenBy(p => p.Id)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var ids = products.Select(p => p.Id).ToList();

        var vendors = await db.Vendors.AsNoTracking().ToDictionaryAsync(v => v.Id, cancellationToken);
        var lines = (await db.CostLines.AsNoTracking()
                .Where(l => ids.Contains(l.ProductId) && l.FiscalYear <= asOf.Year)
                .ToListAsync(cancellationToken))
            .ToLookup(l => l.ProductId);
        var names = await db.Products.AsNoTracking().Select(p => new { p.Id, p.Name }).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var standards = await db.Standards.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Code, cancellationToken);
        var interfaces = await db.Interfaces.AsNoTracking()
            .Where(i => ids.Contains(i.SourceProductId) || (i.TargetProductId != null && ids.Contains(i.TargetProductId.Value)))
            .ToListAsync(cancellationToken);
        var support = await db.ProductStandards.AsNoTracking()
            .Where(s => ids.Contains(s.ProductId))
            .Select(s => new { s.ProductId, s.Status })
            .ToListAsync(cancellationToken);
        var assessments = await db.ExitAssessments.AsNoTracking().Include(a => a.CostItems)
            .Where(a => ids.Contains(a.ProductId))
            .ToDictionaryAsync(a => a.ProductId, cancellationToken);

        return products.Select(p => new ExitFacts(
            p,
            p.Contracts,
            vendors,
            interfaces.Where(i => i.SourceProductId == p.Id || i.TargetProductId == p.Id)
                .OrderBy(i => i.Id)
                .Select(i => new ExitInterface(i.Id, Counterpart(i, p.Id, names), i.StandardId is { } s ? standards.GetValueOrDefault(s) : null))
                .ToList(),
            CostSelection.AnnualRunningCost(lines[p.Id], asOf.Year),
            support.Any(s => s.ProductId == p.Id && s.Status == SupportStatus.Supported),
            support.Any(s => s.ProductId == p.Id),
            assessments.GetValueOrDefault(p.Id),
            asOf,
            lastPlanYear)).ToList();
    }

    /// <summary>The other end of the interface: the other product, the external system, or a plain description.</summary>
    private static string Counterpart(DataInterface item, int productId, IReadOnlyDictionary<int, string> names)
    {
        var other = item.SourceProductId == productId ? item.TargetProductId : item.SourceProductId;
        if (other is { } id && id != productId && names.TryGetValue(id, out var name))
            return $"zu {name}";
        return item.ExternalSystem is { Length: > 0 } external ? $"zu {external}" : $"Nr. {item.Id}";
    }
}
