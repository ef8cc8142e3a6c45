using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Core.Analysis.Exit;
using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Domain;
using ItInventory.Web.Features.Comparison;
using ItInventory.Web.Features.Findings;

namespace ItInventory.Web.Features.Vendors.Negotiation;

/// <summary>
/// The Verhandlungsmappe: what procurement takes into a meeting with one vendor, from the shared analysis and the one
/// year-cost rule. The page and the workbook show the same folder.
/// </summary>
/// <param name="Years">The years of the cost history: four back from the as-of year and the plan year after it.</param>
/// <param name="DistinctImpact">The findings' money, each cause counted once.</param>
/// <param name="Comparison">Other municipalities' figures for the same market products, under the comparison's k rule.</param>
public sealed record NegotiationFolder(
    int VendorId,
    string VendorName,
    VendorKind VendorKind,
    DateOnly AsOf,
    IReadOnlyList<int> Years,
    IReadOnlyList<NegotiationProduct> Products,
    IReadOnlyList<NegotiationContract> Contracts,
    IReadOnlyList<FindingRow> Findings,
    decimal DistinctImpact,
    ProductComparison Comparison)
{
    public decimal PaidToVendorIn(int year) => Products.Sum(p => p.PaidToVendor(year));
    public decimal PaidToOthersIn(int year) => Products.Sum(p => p.PaidToOthers(year));
}

/// <summary>A product the vendor makes or runs, with what the city paid for it per year.</summary>
/// <param name="RunByVendorOnly">The vendor runs it (as a data centre) but another vendor makes it.</param>
/// <param name="Payments">Per year of the folder: paid to this vendor, and to others (e.g. the data centre that runs it).</param>
/// <param name="LatestChange">The running costs' change in the latest year up to the as-of year, against the VPI.</param>
/// <param name="LockInScore">Null for a retired product, which the analysis leaves out.</param>
/// <param name="Exit">The product's exit assessment (realistic exit date, readiness, break-even); null for a retired product.</param>
public sealed record NegotiationProduct(
    int Id,
    string InventoryNumber,
    string Name,
    LifecycleStatus Lifecycle,
    bool RunByVendorOnly,
    IReadOnlyDictionary<int, YearPayments> Payments,
    PriceComparison? LatestChange,
    CumulativeChange? Cumulative,
    decimal? LockInScore,
    bool LockInHard,
    IReadOnlyList<string> StandardGaps,
    int FindingCount,
    ExitResult? Exit)
{
    public decimal PaidToVendor(int year) => Payments.GetValueOrDefault(year)?.ToVendor ?? 0m;
    public decimal PaidToOthers(int year) => Payments.GetValueOrDefault(year)?.ToOthers ?? 0m;
}

public sealed record YearPayments(decimal ToVendor, decimal ToOthers);

/// <summary>A contract with the vendor and its deadlines as the analysis sees them on the as-of date.</summary>
public sealed record NegotiationContract(
    int Id,
    string ContractNumber,
    string Title,
    EvbItType Type,
    PriceAdjustmentKind PriceAdjustment,
    decimal? AgreedPercent,
    IReadOnlyList<string> Products,
    ContractDeadlines? Deadlines);
