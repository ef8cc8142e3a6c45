using ItInventory.Core.Domain;

namespace ItInventory.Core.Analysis.Prices;

/// <summary>
/// Chooses between plan and actual. The choice is made per product, year and cost type, not per year: in the
/// running year the maintenance invoice is often paid (actual) while hosting is still only planned, and a per-year
/// choice would then drop hosting and show a false decrease. Plan and actual are never added up.
/// </summary>
public static class CostSelection
{
    public static IReadOnlyList<SelectedCost> Select(IEnumerable<CostLine> lines) =>
        lines
            .GroupBy(l => (l.ProductId, l.FiscalYear, l.CostType))
            .Select(group =>
            {
                var actual = group.Where(l => l.Kind == CostKind.Actual).ToList();
                var chosen = actual.Count > 0 ? actual : group.Where(l => l.Kind == CostKind.Plan).ToList();
                var quantity = chosen.All(l => l.Quantity is not null) ? chosen.Sum(l => l.Quantity!.Value) : (int?)null;
                return new SelectedCost(group.Key.ProductId, group.Key.FiscalYear, group.Key.CostType,
                    chosen.Sum(l => l.Amount), quantity, actual.Count > 0 ? ValueBasis.Actual : ValueBasis.Plan);
            })
            .OrderBy(c => c.Year).ThenBy(c => c.ProductId).ThenBy(c => c.CostType)
            .ToList();

    /// <summary>
    /// Running (konsumtive) cost of a product in the latest year up to <paramref name="upToYear"/> that has any,
    /// or null without data. Used as "annual cost" for switching-cost ratios and spend concentration.
    /// </summary>
    public static decimal? AnnualRunningCost(IEnumerable<CostLine> lines, int upToYear)
    {
        var running = Select(lines.Where(l => l.FiscalYear <= upToYear && l.BudgetTreatment == BudgetTreatment.Konsumtive));
        if (running.Count == 0)
            return null;
        var year = running.Max(c => c.Year);
        return running.Where(c => c.Year == year).Sum(c => c.Amount);
    }
}
