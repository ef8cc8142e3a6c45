using ItInventory.Core.Domain;

namespace ItInventory.Web.Features.Vendors;

/// <summary>One vendor in the list, with its current-year cost and its share of the city's total IT spend.</summary>
public sealed record VendorListRow(
    int Id,
    string Name,
    VendorKind Kind,
    string Country,
    string? City,
    int ProductCount,
    int ContractCount,
    decimal AnnualCost,
    decimal? ShareOfTotal);

/// <summary>The vendor list; <see cref="TotalSpend"/> covers all products, not only the vendors found.</summary>
public sealed record VendorListing(int Year, decimal TotalSpend, IReadOnlyList<VendorListRow> Rows);
