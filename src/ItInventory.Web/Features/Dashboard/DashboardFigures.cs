using ItInventory.Core.Analysis;
using ItInventory.Core.Analysis.Compliance;
using ItInventory.Core.Analysis.Concentration;

namespace ItInventory.Web.Features.Dashboard;

/// <summary>Everything the council dashboard shows for one fiscal year.</summary>
/// <param name="AsOf">The date deadlines, lock-in and standards are evaluated on.</param>
public sealed record DashboardFigures(
    SpendYear Year,
    IReadOnlyList<SpendYear> AvailableYears,
    DateOnly AsOf,
    InventoryCounts Counts,
    SpendTrend Trend,
    SpendBreakdown Spend,
    IReadOnlyList<Finding> TopPriceIncreases,
    LockInSummary LockIn,
    StandardsSummary Standards,
    IReadOnlyList<UpcomingDeadline> Deadlines,
    int DeadlineHorizonDays,
    ItInventory.Core.Analysis.Prices.GrowthSplit? Growth = null);

/// <param name="Products">Every product in the inventory, whatever its lifecycle.</param>
/// <param name="ActiveProducts">Those in operation (lifecycle "im Betrieb").</param>
/// <param name="RunningContracts">Contracts running on the as-of date by <see cref="ItInventory.Core.Analysis.Deadlines.ContractRunState"/>.</param>
public sealed record InventoryCounts(int Products, int ActiveProducts, int Vendors, int RunningContracts);

/// <summary>A part of a year's spend.</summary>
/// <param name="Id">The department's or vendor's id, for links; null for cost types.</param>
/// <param name="Share">0 to 1 of the year's total.</param>
public sealed record SpendShare(int? Id, string Name, decimal Amount, decimal Share);

/// <summary>A year's spend split four ways; every split adds up to <see cref="Total"/>.</summary>
/// <param name="ByVendor">The ten largest vendors.</param>
/// <param name="TopThreeVendorShare">Share of the three largest vendors in the total, 0 to 1.</param>
public sealed record SpendBreakdown(
    decimal Total,
    IReadOnlyList<SpendShare> ByDepartment,
    IReadOnlyList<SpendShare> ByCostType,
    IReadOnlyList<SpendShare> ByVendor,
    int VendorCount,
    decimal TopThreeVendorShare,
    decimal Investive,
    decimal Konsumtive)
{
    public decimal InvestiveShare => Total == 0m ? 0m : Investive / Total;
    public decimal KonsumtiveShare => Total == 0m ? 0m : Konsumtive / Total;
}

/// <param name="HardProducts">Products with the hard flag (no open export and no alternative), largest score first.</param>
/// <param name="ConcentratedCategories">Categories with at least two products, highest HHI first.</param>
public sealed record LockInSummary(
    int ProductCount,
    IReadOnlyList<LockInProduct> HardProducts,
    decimal HighScoreThreshold,
    int HighScoreCount,
    IReadOnlyList<SpendConcentration> ConcentratedCategories,
    decimal HighConcentrationHhi,
    IReadOnlyList<VendorDependency> Dependencies);

public sealed record LockInProduct(int ProductId, string Name, decimal Score);

/// <param name="ProductsWithMandatoryGaps">Products missing (fully or partly) a standard their category must implement by law.</param>
/// <param name="ProductsWithBindingGaps">The same for standards binding by IT-Planungsrat decision.</param>
public sealed record StandardsSummary(InterfaceShares Interfaces, int ProductsWithMandatoryGaps, int ProductsWithBindingGaps)
{
    public decimal MandatoryGapShare => Interfaces.ProductCount == 0 ? 0m : (decimal)ProductsWithMandatoryGaps / Interfaces.ProductCount;
}

/// <summary>A contract deadline coming up.</summary>
/// <param name="Deadline">The notice deadline, or the end date of a contract that ends by itself.</param>
/// <param name="NoticeRequired">True: notice must be given by the deadline or the contract renews.</param>
public sealed record UpcomingDeadline(int ContractId, string Contract, string Vendor, DateOnly Deadline, DateOnly? DecisionDate, DateOnly? EndDate, bool NoticeRequired);
