using ItInventory.Core.Domain;

namespace ItInventory.Web.Features.Products;

/// <summary>A product list row as the database sorts and pages it; the totals are 0 until joined.</summary>
internal sealed class ProductListRow
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
    public int ActualLines { get; init; }
    public int PlanLines { get; init; }

    public static bool SortsByCost(ProductSort sort) => sort is ProductSort.CurrentCost or ProductSort.CostChange;

    public static IQueryable<ProductListRow> Order(IQueryable<ProductListRow> rows, ProductSort sort, bool descending) =>
        (sort, descending) switch
        {
            (ProductSort.InventoryNumber, false) => rows.OrderBy(r => r.InventoryNumber).ThenBy(r => r.Id),
            (ProductSort.InventoryNumber, true) => rows.OrderByDescending(r => r.InventoryNumber).ThenBy(r => r.Id),
            (ProductSort.Department, false) => rows.OrderBy(r => r.Department).ThenBy(r => r.Name).ThenBy(r => r.Id),
            (ProductSort.Department, true) => rows.OrderByDescending(r => r.Department).ThenBy(r => r.Name).ThenBy(r => r.Id),
            (ProductSort.Vendor, false) => rows.OrderBy(r => r.Vendor).ThenBy(r => r.Name).ThenBy(r => r.Id),
            (ProductSort.Vendor, true) => rows.OrderByDescending(r => r.Vendor).ThenBy(r => r.Name).ThenBy(r => r.Id),
            (ProductSort.Category, false) => rows.OrderBy(r => r.Category).ThenBy(r => r.Name).ThenBy(r => r.Id),
            (ProductSort.Category, true) => rows.OrderByDescending(r => r.Category).ThenBy(r => r.Name).ThenBy(r => r.Id),
            (ProductSort.Lifecycle, false) => rows.OrderBy(r => r.Lifecycle).ThenBy(r => r.Name).ThenBy(r => r.Id),
            (ProductSort.Lifecycle, true) => rows.OrderByDescending(r => r.Lifecycle).ThenBy(r => r.Name).ThenBy(r => r.Id),
            (ProductSort.CurrentCost, false) => rows.OrderBy(r => r.Current).ThenBy(r => r.Name).ThenBy(r => r.Id),
            (ProductSort.CurrentCost, true) => rows.OrderByDescending(r => r.Current).ThenBy(r => r.Name).ThenBy(r => r.Id),
            // The ratio is computed in floating point: the amounts are whole cents in SQLite, where division would truncate.
            (ProductSort.CostChange, false) => rows.OrderBy(r => r.Previous == 0 ? 1.0 : (double)r.Current / (double)r.Previous).ThenBy(r => r.Name).ThenBy(r => r.Id),
            (ProductSort.CostChange, true) => rows.OrderByDescending(r => r.Previous == 0 ? 1.0 : (double)r.Current / (double)r.Previous).ThenBy(r => r.Name).ThenBy(r => r.Id),
            (_, true) => rows.OrderByDescending(r => r.Name).ThenBy(r => r.Id),
            _ => rows.OrderBy(r => r.Name).ThenBy(r => r.Id),
        };
}
