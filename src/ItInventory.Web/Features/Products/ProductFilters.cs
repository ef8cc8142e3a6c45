using ItInventory.Core.Analysis;
using ItInventory.Core.Domain;
using ItInventory.Web.Features.Findings;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Products;

/// <summary>The product list's filters as a query, shared by the list and the reports so both select the same products.</summary>
public static class ProductFilters
{
    /// <summary>
    /// All filters of <paramref name="query"/>. Findings are computed by the analysis rules, not stored, so for "befund"
    /// the flagged product ids are looked up first and go into the query.
    /// </summary>
    public static async Task<IQueryable<Product>> FilterAsync(this IQueryable<Product> products, ProductQuery query, FindingsService? findings, CancellationToken cancellationToken)
    {
        products = products.Filter(query);
        if (query.Finding is not { } kind)
            return products;

        var flagged = findings is null ? [] : await findings.ProductsWithAsync(kind, query.AsOf, cancellationToken);
        // One parameter holding the whole list (a JSON array the database unpacks once), not one parameter per id: at
        // 17,639 flagged products of 20,000 the list of parameters made the page take 5.5 s on SQLite.
        var ids = flagged.ToArray();
        return products.Where(p => EF.Parameter(ids).Contains(p.Id));
    }

    /// <summary>The filters that run in the database alone: everything but "befund".</summary>
    public static IQueryable<Product> Filter(this IQueryable<Product> products, ProductQuery query)
    {
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = $"%{SqlLike.Escape(query.Search.Trim())}%";
            products = products.Where(p =>
                EF.Functions.Like(p.Name, pattern, SqlLike.EscapeCharacter) ||
                EF.Functions.Like(p.InventoryNumber, pattern, SqlLike.EscapeCharacter) ||
                EF.Functions.Like(p.Vendor!.Name, pattern, SqlLike.EscapeCharacter) ||
                (p.Description != null && EF.Functions.Like(p.Description, pattern, SqlLike.EscapeCharacter)));
        }

        if (query.DepartmentId is { } departmentId)
            products = products.Where(p => p.OwnerDepartmentId == departmentId || p.UsingDepartments.Any(d => d.DepartmentId == departmentId));
        if (query.CategoryId is { } categoryId) products = products.Where(p => p.CategoryId == categoryId);
        if (query.VendorId is { } vendorId) products = products.Where(p => p.VendorId == vendorId);
        if (query.Operator is { } op) products = products.Where(p => p.Operator == op);
        if (query.Lifecycle is { } lifecycle) products = products.Where(p => p.Lifecycle == lifecycle);
        return products;
    }
}
