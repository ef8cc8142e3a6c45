using ItInventory.Core.Domain;

namespace ItInventory.Core.Analysis.Prices;

/// <summary>
/// The counting cost lines (see <see cref="YearCostRule"/>) summed per product, year and cost type.
/// </summary>
public static class CostSelection
{
    public static IReadOnlyList<SelectedCost> Select(IEnumerable<CostLine> lines) =>
        YearCostRule.CountingLines(lines)
            .GroupBy(l => (l.ProductId, l.FiscalYear, l.CostType))
            .Select(chosen =>
            {
                var quantity = chosen.All(l => l.Quantity is not null) ? chosen.Sum(l => l.Quantity!.Value) : (int?)null;
                return new SelectedCost(chosen.Key.ProductId, chosen.Key.FiscalYear, chosen.Key.CostType,
                    chosen.Sum(l => l.Amount), quantity, YearCostRule.BasisOf(chosen.Select(l => l.Kind)));
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
