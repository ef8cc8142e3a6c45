using ItInventory.Core.Analysis.Prices;
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

        var ids = await ProductFilters.FlaggedIdsAsync(query, findings, cancellationToken);
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        // In long arithmetic: an address may carry any page number ("seite=2147483647"), which would overflow to a negative skip.
        var skip = (int)Math.Min(int.MaxValue, (long)Math.Max(0, query.Page) * pageSize);
        var page = await ProductPageQueries.PageAsync(db, query, year, ids, skip, pageSize, cancellationToken);
        var total = TotalFromPage(skip, page.Count, pageSize) ?? await ProductPageQueries.CountAsync(db, query, ids, cancellationToken);
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
