using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Domain;

namespace ItInventory.Core.Planning;

/// <summary>
/// Plan against actual of one product, cost type and year: the sums of its plan and of its actual lines, the
/// deviation in euros and percent, and the year cost the rest of the app shows (<see cref="YearCostRule"/>: the actual
/// where one is booked, else the plan). In the running year the actual is the actual to date.
/// </summary>
public sealed record PlanActualFigure(decimal Plan, decimal Actual, bool HasActual, decimal YearCost)
{
    public static readonly PlanActualFigure Zero = new(0m, 0m, false, 0m);

    /// <summary>Actual minus plan; positive means more was paid than planned.</summary>
    public decimal Deviation => Actual - Plan;

    /// <summary>The deviation as a share of the plan, or null without a plan.</summary>
    public decimal? DeviationRate => Plan == 0m ? null : Deviation / Plan;

    public static PlanActualFigure operator +(PlanActualFigure a, PlanActualFigure b) =>
        new(a.Plan + b.Plan, a.Actual + b.Actual, a.HasActual || b.HasActual, a.YearCost + b.YearCost);
}

public sealed record PlanActualRow(int ProductId, CostType CostType, int Year, PlanActualFigure Figure);

public static class PlanVersusActual
{
    /// <summary>One row per product, cost type and year from <paramref name="fromYear"/> to <paramref name="toYear"/> with any line.</summary>
    public static IReadOnlyList<PlanActualRow> Compare(IEnumerable<CostLine> lines, int fromYear, int toYear)
    {
        var inRange = lines.Where(l => l.FiscalYear >= fromYear && l.FiscalYear <= toYear).ToList();
        var yearCosts = CostSelection.Select(inRange).ToDictionary(c => (c.ProductId, c.CostType, c.Year), c => c.Amount);
        return inRange
            .GroupBy(l => (l.ProductId, l.CostType, Year: l.FiscalYear))
            .Select(g => new PlanActualRow(g.Key.ProductId, g.Key.CostType, g.Key.Year, new PlanActualFigure(
                g.Where(l => l.Kind == CostKind.Plan).Sum(l => l.Amount),
                g.Where(l => l.Kind == CostKind.Actual).Sum(l => l.Amount),
                g.Any(l => l.Kind == CostKind.Actual),
                yearCosts.GetValueOrDefault(g.Key))))
            .OrderBy(r => r.Year).ThenBy(r => r.ProductId).ThenBy(r => r.CostType)
            .ToList();
    }

    /// <summary>The rows added up per key (a department, a product, a cost type) and year.</summary>
    public static IReadOnlyDictionary<(TKey Key, int Year), PlanActualFigure> SumBy<TKey>(IEnumerable<PlanActualRow> rows, Func<PlanActualRow, TKey> key)
        where TKey : notnull
    {
        var sums = new Dictionary<(TKey, int), PlanActualFigure>();
        foreach (var row in rows)
            sums[(key(row), row.Year)] = sums.GetValueOrDefault((key(row), row.Year), PlanActualFigure.Zero) + row.Figure;
        return sums;
    }
}
