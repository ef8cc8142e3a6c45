using ItInventory.Core.Analysis;
using ItInventory.Core.Domain;
using ItInventory.Web.Data;
using ItInventory.Web.Features.Findings;
using ItInventory.Web.Features.Products;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Reports;

/// <summary>
/// The product list's filters in words for a report's title block. The filtering itself is the list's own
/// (<see cref="ProductFilters"/>), so an export started from the list contains exactly the list's products.
/// </summary>
public static class ReportProductFilter
{
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
}
