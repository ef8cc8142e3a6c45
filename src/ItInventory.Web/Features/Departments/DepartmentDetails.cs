namespace ItInventory.Web.Features.Departments;

public sealed record DepartmentDetails(int Id, DepartmentInput Fields, int Year, IReadOnlyList<DepartmentProductRow> Products)
{
    /// <summary>The department's part of the current-year cost of all products it uses.</summary>
    public decimal TotalCost => Products.Sum(p => p.CostPart);
}

/// <summary>
/// A product the department owns ("federführend") or uses. <see cref="SharePercent"/> is null when it owns the product
/// but carries none of its cost.
/// </summary>
public sealed record DepartmentProductRow(
    int Id,
    string InventoryNumber,
    string Name,
    int VendorId,
    string Vendor,
    bool Owned,
    decimal? SharePercent,
    decimal ProductCost,
    decimal CostPart);
