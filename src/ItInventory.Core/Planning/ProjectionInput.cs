using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Domain;

namespace ItInventory.Core.Planning;

/// <summary>What the projection is made from.</summary>
/// <param name="Products">The products with their contracts (<see cref="Product.Contracts"/>) filled.</param>
/// <param name="Lines">Cost lines of these products, plan and actual, of any years (the year-cost rule picks).</param>
/// <param name="DataCentreVendorIds">Vendors of kind municipal data centre, whose fees may follow their own assumption.</param>
/// <param name="RecurringCostTypes">Cost types carried forward; null means the price analysis' recurring types.</param>
public sealed record ProjectionInput(
    ProjectionHorizon Horizon,
    IReadOnlyList<Product> Products,
    IReadOnlyList<CostLine> Lines,
    PriceIndex Index,
    ProjectionAssumptions Assumptions,
    IReadOnlySet<int> DataCentreVendorIds,
    IReadOnlyList<CostType>? RecurringCostTypes = null)
{
    public IReadOnlyList<CostType> Recurring => RecurringCostTypes ?? PriceIncreaseAnalyzer.DefaultRecurringCostTypes;
}
