using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Core.Domain;

namespace ItInventory.Web.Features.Vendors;

/// <summary>Everything the vendor page shows.</summary>
public sealed record VendorDetails(
    int Id,
    VendorInput Fields,
    bool IsInEu,
    int Year,
    decimal PaymentsToVendor,
    decimal TotalSpend,
    IReadOnlyList<VendorProductRow> Products,
    IReadOnlyList<VendorProductRow> OperatedProducts,
    IReadOnlyList<VendorContractRow> Contracts,
    IReadOnlyList<VendorDepartmentRow> Departments)
{
    public decimal? ShareOfTotal => TotalSpend == 0 ? null : PaymentsToVendor / TotalSpend;

    /// <summary>"Kosten seiner Produkte": the year cost of the products it makes, whoever is paid.</summary>
    public decimal ProductCosts => Products.Sum(p => p.ProductCost);
}

/// <summary>A product the vendor makes or runs: its whole cost in the year, and the part paid to this vendor.</summary>
/// <param name="ProductCost">The product's cost in the year, whoever is paid.</param>
/// <param name="PaymentsToVendor">The part of it paid to this vendor.</param>
public sealed record VendorProductRow(int Id, string InventoryNumber, string Name, LifecycleStatus Lifecycle, string OwnerDepartment, decimal ProductCost, decimal PaymentsToVendor);

public sealed record VendorContractRow(int Id, string ContractNumber, string Title, EvbItType EvbItType, DateOnly Start, ContractRunState RunState);

/// <summary>A department that uses the vendor's products and the part of the vendor's cost it carries.</summary>
public sealed record VendorDepartmentRow(int DepartmentId, string Number, string Name, int ProductCount, decimal CostPart, decimal? ShareOfVendorCost);
