using ItInventory.Core.Domain;
using ItInventory.Core.Formatting;

namespace ItInventory.Core.Analysis.Prices;

/// <summary>The change of one cost type (or of all recurring costs) from the previous year to <see cref="Year"/>.</summary>
/// <param name="CostType">Null for all recurring cost types of the series together.</param>
/// <param name="ComparablePreviousAmount">
/// The previous year's amount at this year's volume: equal to <paramref name="PreviousAmount"/> unless both years
/// state a different quantity, then scaled by quantity so that buying more licences is not a price increase.
/// </param>
/// <param name="PreviousQuantity">Billed quantity of the previous year, when one product's quantities are known.</param>
/// <param name="IsPerUnit">True when at least one part of the comparison was scaled by quantity.</param>
/// <param name="Basis">Actual, plan or mixed (over cost types and products) for <paramref name="Year"/>: the flag the reader needs.</param>
/// <param name="PreviousBasis">The same for the previous year, which is usually actual.</param>
/// <param name="ChangeRate">Amount / comparable previous amount - 1: the price change per unit where volumes differ.</param>
/// <param name="Index">The VPI change for the same years; null when it is unknown and the policy says skip.</param>
/// <param name="AboveIndexTolerance">The increase exceeds the VPI change plus the tolerance by at least a cent.</param>
/// <param name="ImpactOverIndex">Amount - comparable previous amount × (1 + VPI change): what the increase above the index costs this year.</param>
/// <param name="Clause">The check against the contract clause, for cost types under an index or fixed-percent clause.</param>
public sealed record PriceComparison(
    int Year,
    CostType? CostType,
    decimal PreviousAmount,
    decimal Amount,
    decimal ComparablePreviousAmount,
    int? PreviousQuantity,
    int? Quantity,
    bool IsPerUnit,
    ValueBasis Basis,
    ValueBasis PreviousBasis,
    decimal ChangeRate,
    IndexChange? Index,
    bool AboveIndexTolerance,
    decimal? ImpactOverIndex,
    ClauseCheck? Clause)
{
    /// <summary>
    /// Percentage points above the index, from the rounded percentages the sentence shows, so that
    /// "13,0 % (VPI: +2,2 %), 10,8 Prozentpunkte" always adds up for the reader.
    /// </summary>
    public decimal? ExcessOverIndexPoints =>
        Index is null ? null : Formats.PercentValue(ChangeRate) - Formats.PercentValue(Index.Rate);
}
