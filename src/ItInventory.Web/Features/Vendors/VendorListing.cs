using ItInventory.Core.Domain;

namespace ItInventory.Web.Features.Vendors;

/// <summary>
/// One vendor in the list: the products it makes or runs, its contracts, the year's "Zahlungen an den Anbieter"
/// (<see cref="ItInventory.Core.Formatting.VendorSpendNames.Payments"/>) and their share of the city's total IT spend.
/// </summary>
public sealed record VendorListRow(
    int Id,
    string Name,
    VendorKind Kind,
    string Country,
    string? City,
    int ProductCount,
    int ContractCount,
    decimal PaymentsToVendor,
    decimal? ShareOfTotal);

/// <summary>The vendor list; <see cref="TotalSpend"/> covers all products, not only the vendors found.</summary>
public sealed record VendorListing(int Year, decimal TotalSpend, IReadOnlyList<VendorListRow> Rows);
