using ItInventory.Core.Analysis;
using ItInventory.Core.Domain;
using ItInventory.Web.Data;
using ItInventory.Web.Features.Settings;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Findings;

/// <summary>
/// Runs the analysis rules of ItInventory.Core over the inventory as of a date, once per data version, options and
/// date for all users (<see cref="SharedAnalysis"/>). Cost lines arrive already summed
/// per product, contract, year, type and plan/actual by the database (the finest grain the rules read: plan and actual
/// are chosen per product, year and type, and price clauses are checked per contract), so memory stays proportional
/// to the number of products and years, not to the number of invoices: at 20,000 products and a million cost lines
/// about half a million sums. Years after the one following the as-of date stay in the database; the rules ignore them.
/// </summary>
public sealed class AnalysisService(
    IDbContextFactory<InventoryDbContext> contextFactory,
    AnalysisSettingsService settings,
    InventoryClock clock,
    ICurrentUser currentUser,
    SharedAnalysis shared)
{
    public DateOnly Today => clock.Today;

    public async Task<AnalysisReport> AnalyzeAsync(DateOnly? asOf = null, CancellationToken cancellationToken = default) =>
        (await AnalyzeIndexedAsync(asOf, cancellationToken)).Report;

    /// <summary>The shared result, with the findings indexed by subject (a product page reads only its own).</summary>
    public async Task<IndexedFindings> AnalyzeIndexedAsync(DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewDashboard);
        var date = asOf ?? clock.Today;
        // The version before the data: a result is never older than the version it is kept under. One small query.
        long version;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            version = await AnalysisDataVersionBump.ReadAsync(db, cancellationToken);
        }

        var options = await settings.GetEffectiveOptionsAsync(cancellationToken);
        var key = new AnalysisKey(date, AnalysisKey.Fingerprint(options), version);
        return await shared.GetAsync(key, token => ComputeAsync(date, options, token), cancellationToken);
    }

    private async Task<IndexedFindings> ComputeAsync(DateOnly date, AnalysisOptions options, CancellationToken cancellationToken)
    {
        var snapshot = await LoadSnapshotAsync(date.Year + 1, cancellationToken);
        var report = new FindingsEngine(options).Run(snapshot, date);
        return IndexedFindings.From(report, snapshot.Contracts.SelectMany(c => c.Products.Select(p => (c.Id, p.Id))));
    }

    private async Task<InventorySnapshot> LoadSnapshotAsync(int lastYear, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;

        // Split: two collections in one join would repeat every product row departments × standards times.
        var products = await db.Products.Include(p => p.UsingDepartments).Include(p => p.StandardSupport)
            .AsSplitQuery().ToListAsync(cancellationToken);
        // The links only, pointed at the products just loaded, instead of a second copy of every covered product.
        var contracts = await db.Contracts.OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var links = await db.Contracts.SelectMany(c => c.Products, (c, p) => new { ContractId = c.Id, ProductId = p.Id })
            .ToListAsync(cancellationToken);
        var productsById = products.ToDictionary(p => p.Id);
        var contractsById = contracts.ToDictionary(c => c.Id);
        foreach (var link in links.OrderBy(l => l.ContractId).ThenBy(l => l.ProductId))
        {
            if (productsById.TryGetValue(link.ProductId, out var product) && contractsById.TryGetValue(link.ContractId, out var contract))
                contract.Products.Add(product);
        }

        var costLines = await db.CostLines
            .Where(c => c.FiscalYear <= lastYear)
            .GroupBy(c => new { c.ProductId, c.ContractId, c.FiscalYear, c.CostType, c.Kind })
            .Select(g => new CostLine
            {
                ProductId = g.Key.ProductId,
                ContractId = g.Key.ContractId,
                FiscalYear = g.Key.FiscalYear,
                CostType = g.Key.CostType,
                Kind = g.Key.Kind,
                Amount = g.Sum(c => c.Amount),
                Quantity = g.Max(c => c.Quantity),
            })
            .ToListAsync(cancellationToken);

        return new InventorySnapshot
        {
            Products = products,
            Vendors = await db.Vendors.ToListAsync(cancellationToken),
            Contracts = contracts,
            CostLines = costLines,
            Categories = await db.Categories.Include(c => c.Requirements).ToListAsync(cancellationToken),
            Standards = await db.Standards.ToListAsync(cancellationToken),
            Departments = await db.Departments.ToListAsync(cancellationToken),
            PriceIndex = await db.PriceIndex.ToListAsync(cancellationToken),
        };
    }
}
