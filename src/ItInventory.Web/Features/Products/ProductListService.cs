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

        var total = await products.CountAsync(cancellationToken);

        var rows = products.Select(p => new ProductListRow
        {
            Id = p.Id,
            InventoryNumber = p.InventoryNumber,
            Name = p.Name,
            Department = p.OwnerDepartment!.Number + " " + p.OwnerDepartment.Name,
            Vendor = p.Vendor!.Name,
            Category = p.Category!.Name,
            Lifecycle = p.Lifecycle,
        });
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var skip = (int)Math.Min(int.MaxValue, (long)Math.Max(0, query.Page) * pageSize);

        // A year's cost is the sum of its counting lines (YearCostRule), summed by the database in one grouped pass
        // that the rows join. Sorted by cost, every matching product needs its total; otherwise only the page does,
        // so it is cut first and the unfiltered list of thousands never sums what it does not show.
        var sortByCost = ProductListRow.SortsByCost(query.Sort);
        var candidates = sortByCost ? rows : ProductListRow.Order(rows, query.Sort, query.Descending).Skip(skip).Take(pageSize);
        var totals = ProductYearTotalsQuery.Of(db, year, candidates.Select(r => r.Id));
        var joined =
            from r in candidates
            join t in totals on r.Id equals t.ProductId into matches
            from t in matches.DefaultIfEmpty()
            // A product without lines in the two years has no totals row: the casts let the database's NULL through.
            select new ProductListRow
            {
                Id = r.Id,
                InventoryNumber = r.InventoryNumber,
                Name = r.Name,
                Department = r.Department,
                Vendor = r.Vendor,
                Category = r.Category,
                Lifecycle = r.Lifecycle,
                Current = (decimal?)t!.Current ?? 0m,
                Previous = (decimal?)t!.Previous ?? 0m,
                ActualLines = (int?)t!.ActualLines ?? 0,
                PlanLines = (int?)t!.PlanLines ?? 0,
            };
        var ordered = ProductListRow.Order(joined, query.Sort, query.Descending);
        var page = await (sortByCost ? ordered.Skip(skip).Take(pageSize) : ordered).ToListAsync(cancellationToken);
        return new ProductPage(
            page.Select(r => new ProductRow(r.Id, r.InventoryNumber, r.Name, r.Department, r.Vendor, r.Category, r.Lifecycle, r.Current, r.Previous,
                BasisOf(r.ActualLines > 0, r.PlanLines > 0))).ToList(),
            total,
            year);
    }

    /// <summary>The basis of a year figure from the kinds among its counting lines; none when there are no lines.</summary>
    private static ValueBasis? BasisOf(bool hasActual, bool hasPlan) =>
        hasActual || hasPlan
            ? YearCostRule.BasisOf(new[] { hasActual ? CostKind.Actual : (CostKind?)null, hasPlan ? CostKind.Plan : null }.OfType<CostKind>())
            : null;
}
