using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Core.Domain;

namespace ItInventory.Web.Features.Vendors;

/// <summary>Everything the vendor page shows.</summary>
public sealed record VendorDetails(
    int Id,
    VendorInput Fields,
    bool IsInEu,
    int Year,
    decimal AnnualCost,
    decimal TotalSpend,
    IReadOnlyList<VendorProductRow> Products,
    IReadOnlyList<VendorProductRow> OperatedProducts,
    IReadOnlyList<VendorContractRow> Contracts,
    IReadOnlyList<VendorDepartmentRow> Departments)
{
    public decimal? ShareOfTotal => TotalSpend == 0 ? null : AnnualCost / TotalSpend;
}

/// <summary>A product the vendor makes or runs: its whole cost in the year, and the part paid to this vendor.</summary>
public sealed record VendorProductRow(int Id, string InventoryNumber, string Name, LifecycleStatus Lifecycle, string OwnerDepartment, decimal AnnualCost, decimal PaidToVendor);

public sealed record VendorContractRow(int Id, string ContractNumber, string Title, EvbItType EvbItType, DateOnly Start, ContractRunState RunState);

/// <summary>A department that uses the vendor's products and the part of the vendor's cost it carries.</summary>
public sealed record VendorDepartmentRow(int DepartmentId, string Number, string Name, int ProductCount, decimal CostPart, decimal? ShareOfVendorCost);
