namespace ItInventory.Web.Features.Departments;

/// <summary>A department with the products it owns or uses and its part of their current-year cost.</summary>
public sealed record DepartmentListRow(int Id, string Number, string Name, int ProductCount, decimal AnnualCost);

public sealed record DepartmentListing(int Year, IReadOnlyList<DepartmentListRow> Rows)
{
    public decimal TotalOfParts => Rows.Sum(r => r.AnnualCost);
}
