using ItInventory.Core.Analysis.Prices;

namespace ItInventory.Core.Analysis.LockIn;

/// <summary>What the price analysis says about a product, as input to indicator L10.</summary>
/// <param name="HasComparisons">False when fewer than two comparable years exist: L10 cannot be judged then.</param>
public sealed record PriceSignal(bool HasComparisons, bool AnyYearAboveIndex, bool CumulativeAboveIndex, bool UnilateralClause)
{
    public static PriceSignal From(PriceAnalysis analysis) =>
        new(analysis.Comparisons.Count > 0, analysis.AnyYearAboveIndex, analysis.CumulativeAboveIndex, analysis.HasUnilateralClause);
}
