namespace ItInventory.Core.Analysis.Concentration;

/// <summary>A department using a product and the share of its cost it carries.</summary>
public sealed record DepartmentShare(int DepartmentId, string DepartmentName, decimal CostSharePercent);

/// <summary>One product's annual running cost with the dimensions concentration is measured on.</summary>
/// <param name="Departments">
/// Departments using the product. Shares are normalised to their sum (so 40 + 40 means half each); when all shares
/// are 0 the cost is split evenly. Every listed department depends on the vendor, whatever its share.
/// </param>
public sealed record SpendRecord(
    int ProductId,
    int CategoryId,
    string CategoryName,
    int VendorId,
    string VendorName,
    decimal AnnualCost,
    IReadOnlyList<DepartmentShare> Departments);
