namespace ItInventory.Core.Analysis.Concentration;

/// <summary>A vendor's part of the spend in a category or department.</summary>
/// <param name="Share">0 to 1.</param>
public sealed record VendorShare(int VendorId, string VendorName, decimal Spend, decimal Share);

/// <summary>How the spend of a category or department is spread over vendors.</summary>
/// <param name="Vendors">Largest first.</param>
/// <param name="Hhi">Herfindahl–Hirschman index: Σ (share in percent)², 0 to 10,000; 10,000 is a single vendor.</param>
public sealed record SpendConcentration(
    SubjectRef Subject,
    decimal TotalSpend,
    int ProductCount,
    IReadOnlyList<VendorShare> Vendors,
    decimal Hhi)
{
    public VendorShare? Largest => Vendors.Count > 0 ? Vendors[0] : null;
}

/// <summary>A vendor and the departments that use at least one of its products.</summary>
public sealed record VendorDependency(SubjectRef Vendor, IReadOnlyList<SubjectRef> Departments, decimal AnnualSpend)
{
    public int DepartmentCount => Departments.Count;
}

/// <summary>All concentration results of an inventory.</summary>
/// <param name="VendorDependencies">Vendors with at least the configured number of dependent departments, most first.</param>
public sealed record ConcentrationReport(
    IReadOnlyList<SpendConcentration> Categories,
    IReadOnlyList<SpendConcentration> Departments,
    IReadOnlyList<VendorDependency> VendorDependencies);
