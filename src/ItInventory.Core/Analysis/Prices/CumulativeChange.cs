using ItInventory.Core.Formatting;

namespace ItInventory.Core.Analysis.Prices;

/// <summary>
/// The change of all recurring costs from <see cref="FromYear"/> to <see cref="ToYear"/>, chained from the yearly
/// (volume-adjusted) changes, against the VPI chained over the same years.
/// </summary>
/// <param name="ImpactOverIndex">What the costs of <see cref="ToYear"/> exceed a development in line with the VPI.</param>
/// <param name="ComparedYears">Number of yearly changes chained; a single one says nothing beyond the yearly finding.</param>
public sealed record CumulativeChange(
    int FromYear,
    int ToYear,
    decimal ChangeRate,
    decimal IndexRate,
    bool IndexEstimated,
    bool IsPerUnit,
    ValueBasis Basis,
    bool AboveIndexTolerance,
    decimal ImpactOverIndex,
    int ComparedYears)
{
    public decimal ExcessOverIndexPoints => Formats.PercentValue(ChangeRate) - Formats.PercentValue(IndexRate);
}
