using ItInventory.Core.Domain;
using ItInventory.Web.Features.Products;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Costs;

/// <summary>The product-side filters shared by the cost list and next year's planning; they run in SQL.</summary>
internal static class CostLineFilters
{
    public static IQueryable<CostLine> ForProducts(this IQueryable<CostLine> lines, string? productSearch, int? departmentId, int? vendorId)
    {
        if (!string.IsNullOrWhiteSpace(productSearch))
        {
            var pattern = $"%{SqlLike.Escape(productSearch.Trim())}%";
            lines = lines.Where(c =>
                EF.Functions.Like(c.Product!.Name, pattern, SqlLike.EscapeCharacter) ||
                EF.Functions.Like(c.Product.InventoryNumber, pattern, SqlLike.EscapeCharacter));
        }

        if (departmentId is { } department)
        {
            lines = lines.Where(c => c.Product!.OwnerDepartmentId == department || c.Product.UsingDepartments.Any(d => d.DepartmentId == department));
        }

        if (vendorId is { } vendor)
        {
            lines = lines.Where(c => c.Product!.VendorId == vendor);
        }

        return lines;
    }
}
