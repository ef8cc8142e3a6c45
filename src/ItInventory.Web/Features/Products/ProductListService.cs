using ItInventory.Core.Analysis.Prices;
using ItInventory.Web.Data.Queries;
using ItInventory.Core.Domain;
using ItInventory.Web.Data;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Products;

/// <summary>Filters, sorts and pages the product list in the database, so it stays fast for large inventories.</summary>
public sealed class ProductListService(IDbContextFactory<InventoryDbContext> contextFactory, InventoryClock clock, ICurrentUser currentUser,
    ItInventory.Web.Features.Findings.FindingsService? findings = null)
{
    public const int MaxPageSize = 200;

    public async Task<ProductPage> QueryAsync(ProductQuery query, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        var year = (query.AsOf ?? clock.Today).Year;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // One connection for the count and the page: EF would open one per query, and on PostgreSQL each opening sets
        // the tenant first (a round trip of its own).
        await db.Database.OpenConnectionAsync(cancellationToken);

        var products = await db.Products.AsNoTracking().FilterAsync(query, findings, cancellationToken);

        // A year's cost is the sum of its counting lines (YearCostRule), evaluated by the database.
        var current = YearCosts.Counting(db, year);
        var previous = YearCosts.Counting(db, year - 1);
        var rows = products.Select(p => new
        {
            p.Id,
            p.InventoryNumber,
            p.Name,
            Department = p.OwnerDepartment!.Number + " " + p.OwnerDepartment.Name,
            Vendor = p.Vendor!.Name,
            Category = p.Category!.Name,
            p.Lifecycle,
            Current = current.Where(c => c.ProductId == p.Id).Sum(c => c.Amount),
            Previous = previous.Where(c => c.ProductId == p.Id).Sum(c => c.Amount),
            HasActual = current.Any(c => c.ProductId == p.Id && c.Kind == CostKind.Actual),
            HasPlan = current.Any(c => c.ProductId == p.Id && c.Kind == CostKind.Plan),
        });

        rows = (query.Sort, query.Descending) switch
        {
            (ProductSort.InventoryNumber, false) => rows.OrderBy(r => r.InventoryNumber),
            (ProductSort.InventoryNumber, true) => rows.OrderByDescending(r => r.InventoryNumber),
            (ProductSort.Department, false) => rows.OrderBy(r => r.Department).ThenBy(r => r.Name),
            (ProductSort.Department, true) => rows.OrderByDescending(r => r.Department).ThenBy(r => r.Name),
            (ProductSort.Vendor, false) => rows.OrderBy(r => r.Vendor).ThenBy(r => r.Name),
            (ProductSort.Vendor, true) => rows.OrderByDescending(r => r.Vendor).ThenBy(r => r.Name),
            (ProductSort.Category, false) => rows.OrderBy(r => r.Category).ThenBy(r => r.Name),
            (ProductSort.Category, true) => rows.OrderByDescending(r => r.Category).ThenBy(r => r.Name),
            (ProductSort.Lifecycle, false) => rows.OrderBy(r => r.Lifecycle).ThenBy(r => r.Name),
            (ProductSort.Lifecycle, true) => rows.OrderByDescending(r => r.Lifecycle).ThenBy(r => r.Name),
            (ProductSort.CurrentCost, false) => rows.OrderBy(r => r.Current).ThenBy(r => r.Name),
            (ProductSort.CurrentCost, true) => rows.OrderByDescending(r => r.Current).ThenBy(r => r.Name),
            // The ratio is computed in floating point: the amounts are whole cents in SQLite, where division would truncate.
            (ProductSort.CostChange, false) => rows.OrderBy(r => r.Previous == 0 ? 1.0 : (double)r.Current / (double)r.Previous).ThenBy(r => r.Name),
            (ProductSort.CostChange, true) => rows.OrderByDescending(r => r.Previous == 0 ? 1.0 : (double)r.Current / (double)r.Previous).ThenBy(r => r.Name),
            (_, true) => rows.OrderByDescending(r => r.Name).ThenBy(r => r.Id),
            _ => rows.OrderBy(r => r.Name).ThenBy(r => r.Id),
        };

        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        // In long arithmetic: an address may carry any page number ("seite=2147483647"), which would overflow to a negative skip.
        var skip = (int)Math.Min(int.MaxValue, (long)Math.Max(0, query.Page) * pageSize);
        var page = await rows.Skip(skip).Take(pageSize).ToListAsync(cancellationToken);
        var total = TotalFromPage(skip, page.Count, pageSize) ?? await products.CountAsync(cancellationToken);
        return new ProductPage(
            page.Select(r => new ProductRow(r.Id, r.InventoryNumber, r.Name, r.Department, r.Vendor, r.Category, r.Lifecycle, r.Current, r.Previous, BasisOf(r.HasActual, r.HasPlan))).ToList(),
            total,
            year);
    }

    /// <summary>
    /// The number of hits when the page itself tells it: a page that is neither full nor empty is the last one. That
    /// saves the count's round trip for most lists of a small municipality (a few dozen products), where it was a third
    /// of the list's time.
    /// </summary>
    internal static int? TotalFromPage(int skip, int rowsOnPage, int pageSize) =>
        rowsOnPage > 0 && rowsOnPage < pageSize ? skip + rowsOnPage : null;

    /// <summary>The basis of a year figure from the kinds among its counting lines; none when there are no lines.</summary>
    private static ValueBasis? BasisOf(bool hasActual, bool hasPlan) =>
        hasActual || hasPlan
            ? YearCostRule.BasisOf(new[] { hasActual ? CostKind.Actual : (CostKind?)null, hasPlan ? CostKind.Plan : null }.OfType<CostKind>())
            : null;
}
