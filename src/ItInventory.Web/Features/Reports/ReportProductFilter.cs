using ItInventory.Core.Analysis;
using ItInventory.Core.Domain;
using ItInventory.Web.Components.Shared;
using ItInventory.Web.Data;
using ItInventory.Web.Features.Findings;
using ItInventory.Web.Features.Products;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Reports;

/// <summary>
/// The product list's filters, applied in the database to the products of an export, so an export started from the
/// list contains exactly the list's products (ProductListFilterTests keeps the two in step).
/// </summary>
public static class ReportProductFilter
{
    /// <summary>
    /// The filter "befund" keeps the products with a finding of that kind; findings are computed by the analysis,
    /// not stored, so their product ids are looked up first, as the product list does.
    /// </summary>
    public static async Task<IQueryable<Product>> ApplyAsync(IQueryable<Product> products, ProductQuery query, FindingsService findings, CancellationToken cancellationToken)
    {
        products = Apply(products, query);
        if (query.Finding is not { } kind)
            return products;
        var flagged = (await findings.ListAsync(new FindingFilter { Kind = kind }, cancellationToken))
            .Where(r => r.Finding.Subject.Kind == SubjectKind.Product)
            .Select(r => r.Finding.Subject.Id)
            .Distinct()
            .ToList();
        return products.Where(p => flagged.Contains(p.Id));
    }

    /// <summary>The filters that live in the database: everything but "befund".</summary>
    public static IQueryable<Product> Apply(IQueryable<Product> products, ProductQuery query)
    {
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = $"%{EscapeLike(query.Search.Trim())}%";
            products = products.Where(p =>
                EF.Functions.Like(p.Name, pattern, "\\") ||
                EF.Functions.Like(p.InventoryNumber, pattern, "\\") ||
                EF.Functions.Like(p.Vendor!.Name, pattern, "\\") ||
                (p.Description != null && EF.Functions.Like(p.Description, pattern, "\\")));
        }

        if (query.DepartmentId is { } departmentId)
            products = products.Where(p => p.OwnerDepartmentId == departmentId || p.UsingDepartments.Any(d => d.DepartmentId == departmentId));
        if (query.CategoryId is { } categoryId) products = products.Where(p => p.CategoryId == categoryId);
        if (query.VendorId is { } vendorId) products = products.Where(p => p.VendorId == vendorId);
        if (query.Operator is { } op) products = products.Where(p => p.Operator == op);
        if (query.Lifecycle is { } lifecycle) products = products.Where(p => p.Lifecycle == lifecycle);
        return products;
    }

    /// <summary>A German line naming the active filters, for the report's title block; null without filters.</summary>
    public static async Task<string?> DescribeAsync(InventoryDbContext db, ProductQuery query, CancellationToken cancellationToken)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(query.Search))
            parts.Add($"Suche „{query.Search.Trim()}“");
        if (query.DepartmentId is { } departmentId)
            parts.Add("Amt " + (await db.Departments.Where(d => d.Id == departmentId).Select(d => d.Number + " " + d.Name).FirstOrDefaultAsync(cancellationToken) ?? $"Nr. {departmentId} (unbekannt)"));
        if (query.CategoryId is { } categoryId)
            parts.Add("Kategorie " + (await db.Categories.Where(c => c.Id == categoryId).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken) ?? $"Nr. {categoryId} (unbekannt)"));
        if (query.VendorId is { } vendorId)
            parts.Add("Anbieter " + (await db.Vendors.Where(v => v.Id == vendorId).Select(v => v.Name).FirstOrDefaultAsync(cancellationToken) ?? $"Nr. {vendorId} (unbekannt)"));
        if (query.Operator is { } op)
            parts.Add("Betrieb " + Labels.Of(op));
        if (query.Lifecycle is { } lifecycle)
            parts.Add("Lebenszyklus " + Labels.Of(lifecycle));
        if (query.Finding is { } finding)
            parts.Add("Auffälligkeit " + FindingLabels.Of(finding));
        return parts.Count == 0 ? null : "Filter: " + string.Join("; ", parts);
    }

    private static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
