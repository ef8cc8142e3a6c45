using System.Linq.Expressions;
using ItInventory.Core.Domain;
using ItInventory.Core.Querying;
using ItInventory.Web.Features.Findings;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Products;

/// <summary>The product list's filters as a query, shared by the list and the reports so both select the same products.</summary>
public static class ProductFilters
{
    /// <summary>
    /// Every filter as one predicate: a filter whose value is null lets every product through. The database drops
    /// those conditions before it plans (EF writes the SQL per combination of null values), so the list's compiled
    /// query and the reports' composed query search the same way.
    /// </summary>
    public static Expression<Func<Product, string?, int?, int?, int?, OperatorKind?, LifecycleStatus?, bool>> Matches { get; } =
        (p, pattern, departmentId, categoryId, vendorId, op, lifecycle) =>
            (pattern == null
             || EF.Functions.Like(p.Name, pattern, SqlLike.EscapeCharacter)
             || EF.Functions.Like(p.InventoryNumber, pattern, SqlLike.EscapeCharacter)
             || EF.Functions.Like(p.Vendor!.Name, pattern, SqlLike.EscapeCharacter)
             || (p.Description != null && EF.Functions.Like(p.Description, pattern, SqlLike.EscapeCharacter)))
            && (departmentId == null || p.OwnerDepartmentId == departmentId || p.UsingDepartments.Any(d => d.DepartmentId == departmentId))
            && (categoryId == null || p.CategoryId == categoryId)
            && (vendorId == null || p.VendorId == vendorId)
            && (op == null || p.Operator == op)
            && (lifecycle == null || p.Lifecycle == lifecycle);

    /// <summary>
    /// Only the flagged products. One parameter holding the whole list (a JSON array the database unpacks once), not
    /// one parameter per id: at 17,639 flagged products of 20,000 the list of parameters made the page take 5.5 s on
    /// SQLite. <c>EF.Parameter</c> takes only a value known before the query runs, so this filter stays out of
    /// <see cref="Matches"/> and out of compiled queries.
    /// </summary>
    public static IQueryable<T> OnlyFlagged<T>(this IQueryable<T> rows, int[] ids, Expression<Func<T, int>> id)
    {
        var row = id.Parameters[0];
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)],
            Expression.Call(typeof(EF), nameof(EF.Parameter), [typeof(int[])], QueryExpressions.Captured(ids)), id.Body);
        return rows.Where(Expression.Lambda<Func<T, bool>>(contains, row));
    }

    /// <summary>The search box's text as a LIKE pattern; null when there is nothing to search for.</summary>
    public static string? PatternOf(ProductQuery query) =>
        string.IsNullOrWhiteSpace(query.Search) ? null : $"%{SqlLike.Escape(query.Search.Trim())}%";

    /// <summary>
    /// The product ids flagged with the query's finding, or null when it names none. Findings are computed by the
    /// analysis rules, not stored, so they are looked up before the query runs.
    /// </summary>
    public static async Task<int[]?> FlaggedIdsAsync(ProductQuery query, FindingsService? findings, CancellationToken cancellationToken)
    {
        if (query.Finding is not { } kind)
            return null;
        return findings is null ? [] : (await findings.ProductsWithAsync(kind, query.AsOf, cancellationToken)).ToArray();
    }

    /// <summary>All filters of <paramref name="query"/>, "befund" included.</summary>
    public static async Task<IQueryable<Product>> FilterAsync(this IQueryable<Product> products, ProductQuery query, FindingsService? findings, CancellationToken cancellationToken) =>
        products.Filter(query, await FlaggedIdsAsync(query, findings, cancellationToken));

    /// <summary>The filters of <paramref name="query"/>, with "befund" given as the flagged ids (null: no such filter).</summary>
    public static IQueryable<Product> Filter(this IQueryable<Product> products, ProductQuery query, int[]? flaggedIds = null)
    {
        var p = Expression.Parameter(typeof(Product), "p");
        var body = QueryExpressions.Apply(Matches, p,
            QueryExpressions.Captured(PatternOf(query)), QueryExpressions.Captured(query.DepartmentId), QueryExpressions.Captured(query.CategoryId),
            QueryExpressions.Captured(query.VendorId), QueryExpressions.Captured(query.Operator), QueryExpressions.Captured(query.Lifecycle));
        products = products.Where(Expression.Lambda<Func<Product, bool>>(body, p));
        return flaggedIds is null ? products : products.OnlyFlagged(flaggedIds, product => product.Id);
    }
}
