using ItInventory.Core.Analysis.Services;
using ItInventory.Core.Comparison;
using ItInventory.Core.Domain;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Queries;
using ItInventory.Web.Data.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Comparison;

/// <summary>
/// Reads the figures of the municipalities that take part, each through a context of its own tenant. Only products
/// linked to a market product count; the costs of a product under a contract that forbids disclosing its prices are
/// left out here, so they never reach the comparison, a page or a file.
/// </summary>
public static class ComparisonMembersLoader
{
    private const int ParallelReads = 4;


    public static async Task<IReadOnlyList<ComparisonMember>> ParticipantsAsync(InventoryDbContext db, CancellationToken cancellationToken)
    {
        var tenants = await db.Tenants.AsNoTracking().Where(t => t.TakesPartInComparison)
            .Select(t => new { t.Id, t.Inhabitants, t.FederalState }).ToListAsync(cancellationToken);
        // A few tenants at a time: each read waits mostly on its database round trips, so the first view after a write
        // in a data centre of 200 members does not take 200 of them one after another.
        var members = new ComparisonMember[tenants.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, tenants.Count), new ParallelOptions { MaxDegreeOfParallelism = ParallelReads, CancellationToken = cancellationToken },
            async (index, token) =>
            {
                var tenant = tenants[index];
                await using var tenantDb = TenantContexts.For(db, tenant.Id);
                members[index] = new ComparisonMember(tenant.Id, tenant.Inhabitants, tenant.FederalState, await ProductsAsync(tenantDb, token));
            });
        return members;
    }

    /// <summary>The context's own tenant as a member, whether or not it takes part (for the preview of what it would share).</summary>
    public static async Task<ComparisonMember> OwnAsync(InventoryDbContext db, CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == db.CurrentTenantId, cancellationToken);
        return new ComparisonMember(tenant.Id, tenant.Inhabitants, tenant.FederalState, await ProductsAsync(db, cancellationToken));
    }

    private static async Task<IReadOnlyList<MemberProduct>> ProductsAsync(InventoryDbContext db, CancellationToken cancellationToken)
    {
        var products = await db.Products.AsNoTracking().Where(p => p.MarketProductId != null)
            .Select(p => new
            {
                p.Id,
                p.MarketProduct!.Key,
                Category = p.MarketProduct.Category!.Code,
                Vendor = p.MarketProduct.MarketVendor!.Key,
                p.UserCount,
                Confidential = p.Contracts.Any(c => c.PricesConfidential),
                Support = p.StandardSupport.Select(s => new { s.Standard!.Kind, s.Status }).ToList(),
                Terms = p.Contracts.Where(c => c.EndedOn == null).OrderBy(c => c.Id)
                    .Select(c => new { c.NoticePeriodMonths, c.PriceAdjustment, c.ExitSupport }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var disclosed = products.Where(p => !p.Confidential).Select(p => p.Id).ToList();
        var costs = (await YearCosts.Counting(db)
                .Where(c => disclosed.Contains(c.ProductId) && c.CostType != CostType.LicencePurchase)
                .GroupBy(c => new { c.ProductId, c.FiscalYear })
                .Select(g => new { g.Key.ProductId, g.Key.FiscalYear, Cost = g.Sum(c => c.Amount) })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.ProductId);
        // A service's recorded yearly case number, whichever year it was counted in: the best measure of the work a
        // product does that the inventory has; each service counts once per product. Its OZG maturity level says
        // whether it can be applied for online (level 3, in either maturity model).
        var linked = products.Select(p => p.Id).ToList();
        var services = (await db.CityServiceProducts.AsNoTracking()
                .Where(s => linked.Contains(s.ProductId) && (s.CityService!.AnnualCases > 0 || s.CityService.MaturityLevel != null))
                .Select(s => new { s.ProductId, s.CityService!.AnnualCases, s.CityService.MaturityLevel })
                .ToListAsync(cancellationToken))
            .ToLookup(s => s.ProductId);
        var cases = services.Where(g => g.Any(s => s.AnnualCases > 0))
            .ToDictionary(g => g.Key, g => g.Where(s => s.AnnualCases > 0).Sum(s => s.AnnualCases!.Value));
        var online = services.Where(g => g.Any(s => s.MaturityLevel is not null))
            .ToDictionary(g => g.Key, g => g.Where(s => s.MaturityLevel is not null).All(s => ServiceAssessor.ReachesOnlineApplication(s.MaturityLevel!.Value)));

        return products.Select(p => new MemberProduct(p.Key, p.Category, p.Vendor, p.UserCount,
                costs[p.Id].ToDictionary(c => c.FiscalYear, c => c.Cost),
                InterfaceKinds.Of(p.Support.Select(s => (s.Kind, s.Status))),
                p.Terms is { } t ? new ContractTerms(t.NoticePeriodMonths, t.PriceAdjustment, t.ExitSupport) : null,
                cases.TryGetValue(p.Id, out var count) ? count : null,
                online.TryGetValue(p.Id, out var isOnline) ? isOnline : null))
            .ToList();
    }
}
