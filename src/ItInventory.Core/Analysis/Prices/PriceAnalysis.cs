namespace ItInventory.Core.Analysis.Prices;

/// <summary>The result of analysing one <see cref="PriceSeries"/>.</summary>
/// <param name="Comparisons">Per year: one entry per compared cost type, then one with CostType null for the total.</param>
public sealed record PriceAnalysis(
    SubjectRef Subject,
    IReadOnlyList<PriceComparison> Comparisons,
    CumulativeChange? Cumulative,
    PriceClause? Clause)
{
    public IEnumerable<PriceComparison> Totals => Comparisons.Where(c => c.CostType is null);

    public IEnumerable<PriceComparison> ByCostType => Comparisons.Where(c => c.CostType is not null);

    public bool AnyYearAboveIndex => Comparisons.Any(c => c.AboveIndexTolerance);

    public bool CumulativeAboveIndex => Cumulative?.AboveIndexTolerance == true;

    public bool HasUnilateralClause => Clause?.Kind == Domain.PriceAdjustmentKind.Unilateral;
}
