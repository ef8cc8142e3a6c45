using System.Runtime.InteropServices;
using ItInventory.Core.Domain;

namespace ItInventory.Core.Analysis.Prices;

/// <summary>
/// The counting cost lines (see <see cref="YearCostRule"/>) summed per product, year and cost type.
/// </summary>
public static class CostSelection
{
    /// <remarks>
    /// Written as one pass over a dictionary rather than a LINQ grouping: the analysis calls it for every product, priced
    /// contract and vendor, and at 20,000 products the grouping's garbage alone kept the collector busy for seconds.
    /// </remarks>
    public static IReadOnlyList<SelectedCost> Select(IEnumerable<CostLine> lines)
    {
        var counting = YearCostRule.CountingLines(lines);
        // Sized for the lines at once: grown step by step, the dictionary's discarded arrays were the largest garbage.
        var sums = new Dictionary<(int ProductId, int Year, CostType CostType), Sum>(counting.Count);
        foreach (var line in counting)
        {
            ref var sum = ref CollectionsMarshal.GetValueRefOrAddDefault(sums, (line.ProductId, line.FiscalYear, line.CostType), out _);
            sum.Add(line);
        }

        var selected = new List<SelectedCost>(sums.Count);
        foreach (var (key, sum) in sums)
            selected.Add(new SelectedCost(key.ProductId, key.Year, key.CostType, sum.Amount, sum.Quantity, sum.Basis));
        selected.Sort(static (a, b) => (a.Year, a.ProductId, a.CostType).CompareTo((b.Year, b.ProductId, b.CostType)));
        return selected;
    }

    /// <summary>
    /// The quantity of summed lines: their sum, or null unless every line states one (a sum over some lines would make
    /// a unit price out of part of the money).
    /// </summary>
    public static int? QuantityOf(int lines, int linesWithQuantity, int quantitySum) =>
        lines > 0 && linesWithQuantity == lines ? quantitySum : null;

    /// <summary>The chosen lines of one product, year and cost type, added up in the order they come.</summary>
    private struct Sum
    {
        private int _lines;
        private int _quantities;
        private int _quantity;
        private bool _actual;
        private bool _plan;

        public decimal Amount { get; private set; }

        public readonly int? Quantity => QuantityOf(_lines, _quantities, _quantity);

        public readonly ValueBasis Basis => YearCostRule.BasisOf(_actual, _plan);

        public void Add(CostLine line)
        {
            _lines++;
            Amount += line.Amount;
            if (line.Quantity is { } quantity)
            {
                _quantities++;
                _quantity = checked(_quantity + quantity);
            }

            if (line.Kind == CostKind.Actual) _actual = true;
            else _plan = true;
        }
    }

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
