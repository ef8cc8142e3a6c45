using System.Collections.Concurrent;
using System.Linq.Expressions;
using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Domain;
using ItInventory.Core.Querying;
using ItInventory.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Products;

/// <summary>One row of the product list as the database returns it.</summary>
public sealed class ProductListRow
{
    public int Id { get; init; }
    public string InventoryNumber { get; init; } = "";
    public string Name { get; init; } = "";
    public string Department { get; init; } = "";
    public string Vendor { get; init; } = "";
    public string Category { get; init; } = "";
    public LifecycleStatus Lifecycle { get; init; }
    public decimal Current { get; init; }
    public decimal Previous { get; init; }
    public bool HasActual { get; init; }
    public bool HasPlan { get; init; }
}

/// <summary>
/// The product list's page and count as compiled queries, one per order. A query composed at run time costs EF about
/// half a millisecond before it reaches the database (building, hashing and comparing this expression with its four
/// cost sums): on SQLite, for a municipality of 100 products, that was more than the query itself. The filters are
/// <see cref="ProductFilters.Matches"/> and the year's cost is <see cref="YearCostRule"/>, the same as everywhere else.
/// </summary>
internal static class ProductPageQueries
{
    private delegate IAsyncEnumerable<ProductListRow> Page(InventoryDbContext db, int year, int previousYear, string? pattern, int? departmentId,
        int? categoryId, int? vendorId, OperatorKind? op, LifecycleStatus? lifecycle, int skip, int take);

    private static readonly Func<InventoryDbContext, string?, int?, int?, int?, OperatorKind?, LifecycleStatus?, Task<int>> CompiledCount =
        EF.CompileAsyncQuery(QueryExpressions.Expand<Func<InventoryDbContext, string?, int?, int?, int?, OperatorKind?, LifecycleStatus?, int>>(
            (db, pattern, departmentId, categoryId, vendorId, op, lifecycle) =>
                db.Products.Count(p => ProductFilters.Matches.Invoke(p, pattern, departmentId, categoryId, vendorId, op, lifecycle))));

    private static readonly ConcurrentDictionary<(ProductSort Sort, bool Descending), Page> Pages = new();

    /// <summary>One page of the list; <paramref name="flaggedIds"/> (the "befund" filter) is null when no finding is chosen.</summary>
    public static async Task<List<ProductListRow>> PageAsync(InventoryDbContext db, ProductQuery query, int year, int[]? flaggedIds, int skip, int take,
        CancellationToken cancellationToken)
    {
        var pattern = ProductFilters.PatternOf(query);
        var rows = flaggedIds is null
            ? Pages.GetOrAdd((query.Sort, query.Descending), Compile)(db, year, year - 1, pattern, query.DepartmentId, query.CategoryId, query.VendorId,
                query.Operator, query.Lifecycle, skip, take)
            : Composed(db, query, year, pattern).OnlyFlagged(flaggedIds, r => r.Id).Order(query.Sort, query.Descending).Skip(skip).Take(take).AsAsyncEnumerable();
        return await rows.ToListAsync(cancellationToken);
    }

    public static Task<int> CountAsync(InventoryDbContext db, ProductQuery query, int[]? flaggedIds, CancellationToken cancellationToken) =>
        flaggedIds is null
            ? CompiledCount(db, ProductFilters.PatternOf(query), query.DepartmentId, query.CategoryId, query.VendorId, query.Operator, query.Lifecycle)
            : db.Products.Filter(query, flaggedIds).CountAsync(cancellationToken);

    /// <summary>The same rows composed at run time, for the flagged ids that a compiled query cannot take as one parameter.</summary>
    private static IQueryable<ProductListRow> Composed(InventoryDbContext db, ProductQuery query, int year, string? pattern) =>
        ((IQueryable<Product>)db.Products).Provider.CreateQuery<ProductListRow>(QueryExpressions.Expand(QueryExpressions.Apply(Rows,
            QueryExpressions.Captured(db), QueryExpressions.Captured(year), QueryExpressions.Captured(year - 1), QueryExpressions.Captured(pattern),
            QueryExpressions.Captured(query.DepartmentId), QueryExpressions.Captured(query.CategoryId), QueryExpressions.Captured(query.VendorId),
            QueryExpressions.Captured(query.Operator), QueryExpressions.Captured(query.Lifecycle))));

    private static IQueryable<ProductListRow> Order(this IQueryable<ProductListRow> rows, ProductSort sort, bool descending) =>
        rows.Provider.CreateQuery<ProductListRow>(QueryExpressions.Apply(OrderOf(sort, descending), rows.Expression));

    /// <summary>The matching products with their current and previous year's cost, not yet ordered.</summary>
    private static readonly Expression<Func<InventoryDbContext, int, int, string?, int?, int?, int?, OperatorKind?, LifecycleStatus?, IQueryable<ProductListRow>>> Rows =
        (db, year, previousYear, pattern, departmentId, categoryId, vendorId, op, lifecycle) =>
            db.Products.AsNoTracking()
                .Where(p => ProductFilters.Matches.Invoke(p, pattern, departmentId, categoryId, vendorId, op, lifecycle))
                .Select(p => new ProductListRow
                {
                    Id = p.Id,
                    InventoryNumber = p.InventoryNumber,
                    Name = p.Name,
                    Department = p.OwnerDepartment!.Number + " " + p.OwnerDepartment.Name,
                    Vendor = p.Vendor!.Name,
                    Category = p.Category!.Name,
                    Lifecycle = p.Lifecycle,
                    Current = db.CostLines.Where(c => c.ProductId == p.Id && c.FiscalYear == year && YearCostRule.CountsAmong.Invoke(c, db.CostLines)).Sum(c => c.Amount),
                    Previous = db.CostLines.Where(c => c.ProductId == p.Id && c.FiscalYear == previousYear && YearCostRule.CountsAmong.Invoke(c, db.CostLines)).Sum(c => c.Amount),
                    HasActual = db.CostLines.Any(c => c.ProductId == p.Id && c.FiscalYear == year && c.Kind == CostKind.Actual && YearCostRule.CountsAmong.Invoke(c, db.CostLines)),
                    HasPlan = db.CostLines.Any(c => c.ProductId == p.Id && c.FiscalYear == year && c.Kind == CostKind.Plan && YearCostRule.CountsAmong.Invoke(c, db.CostLines)),
                });

    private static Expression<Func<IQueryable<ProductListRow>, IQueryable<ProductListRow>>> OrderOf(ProductSort sort, bool descending) => (sort, descending) switch
    {
        (ProductSort.InventoryNumber, false) => rows => rows.OrderBy(r => r.InventoryNumber),
        (ProductSort.InventoryNumber, true) => rows => rows.OrderByDescending(r => r.InventoryNumber),
        (ProductSort.Department, false) => rows => rows.OrderBy(r => r.Department).ThenBy(r => r.Name),
        (ProductSort.Department, true) => rows => rows.OrderByDescending(r => r.Department).ThenBy(r => r.Name),
        (ProductSort.Vendor, false) => rows => rows.OrderBy(r => r.Vendor).ThenBy(r => r.Name),
        (ProductSort.Vendor, true) => rows => rows.OrderByDescending(r => r.Vendor).ThenBy(r => r.Name),
        (ProductSort.Category, false) => rows => rows.OrderBy(r => r.Category).ThenBy(r => r.Name),
        (ProductSort.Category, true) => rows => rows.OrderByDescending(r => r.Category).ThenBy(r => r.Name),
        (ProductSort.Lifecycle, false) => rows => rows.OrderBy(r => r.Lifecycle).ThenBy(r => r.Name),
        (ProductSort.Lifecycle, true) => rows => rows.OrderByDescending(r => r.Lifecycle).ThenBy(r => r.Name),
        (ProductSort.CurrentCost, false) => rows => rows.OrderBy(r => r.Current).ThenBy(r => r.Name),
        (ProductSort.CurrentCost, true) => rows => rows.OrderByDescending(r => r.Current).ThenBy(r => r.Name),
        // The ratio is computed in floating point: the amounts are whole cents in SQLite, where division would truncate.
        (ProductSort.CostChange, false) => rows => rows.OrderBy(r => r.Previous == 0 ? 1.0 : (double)r.Current / (double)r.Previous).ThenBy(r => r.Name),
        (ProductSort.CostChange, true) => rows => rows.OrderByDescending(r => r.Previous == 0 ? 1.0 : (double)r.Current / (double)r.Previous).ThenBy(r => r.Name),
        (_, true) => rows => rows.OrderByDescending(r => r.Name).ThenBy(r => r.Id),
        _ => rows => rows.OrderBy(r => r.Name).ThenBy(r => r.Id),
    };

    private static Page Compile((ProductSort Sort, bool Descending) order)
    {
        var skip = Expression.Parameter(typeof(int), "skip");
        var take = Expression.Parameter(typeof(int), "take");
        var ordered = QueryExpressions.Apply(OrderOf(order.Sort, order.Descending), Rows.Body);
        var paged = Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(ProductListRow)],
            Expression.Call(typeof(Queryable), nameof(Queryable.Skip), [typeof(ProductListRow)], ordered, skip), take);
        var lambda = Expression.Lambda<Func<InventoryDbContext, int, int, string?, int?, int?, int?, OperatorKind?, LifecycleStatus?, int, int, IQueryable<ProductListRow>>>(
            QueryExpressions.Expand(paged), [.. Rows.Parameters, skip, take]);
        var compiled = EF.CompileAsyncQuery(lambda);
        return (db, year, previousYear, pattern, departmentId, categoryId, vendorId, op, lifecycle, skip, take) =>
            compiled(db, year, previousYear, pattern, departmentId, categoryId, vendorId, op, lifecycle, skip, take);
    }
}
