using System.Linq.Expressions;
using ItInventory.Core.Domain;
using ItInventory.Core.Querying;

namespace ItInventory.Core.Analysis.Prices;

/// <summary>
/// The one rule for "a product's cost in a year": a cost line counts for its product and year if it is an actual, or
/// if no actual is booked for the same product, year and cost type. The choice is per cost type, not per year: in the
/// running year the maintenance invoice is often paid (actual) while hosting is still only planned, and a per-year
/// choice would drop hosting and show a false decrease. Plan and actual of one cost type are never added up.
/// The rule exists twice, as an in-memory form and as an expression the database evaluates; a test keeps them equal.
/// </summary>
public static class YearCostRule
{
    /// <summary>The lines that count, out of all lines of any products and years (in memory).</summary>
    public static IReadOnlyList<CostLine> CountingLines(IEnumerable<CostLine> lines) =>
        CountingLines(lines, l => (l.ProductId, l.FiscalYear, l.CostType, l.Kind));

    /// <summary>
    /// The same rule for rows that are not <see cref="CostLine"/> entities (read models, sums per kind), so that no
    /// page decides "actual or plan" on its own.
    /// </summary>
    public static IReadOnlyList<T> CountingLines<T>(IEnumerable<T> lines, Func<T, (int ProductId, int FiscalYear, CostType CostType, CostKind Kind)> key)
    {
        var all = lines as IReadOnlyCollection<T> ?? lines.ToList();
        var withActuals = new HashSet<(int ProductId, int FiscalYear, CostType CostType)>(all.Count);
        foreach (var line in all)
        {
            var k = key(line);
            if (k.Kind == CostKind.Actual)
                withActuals.Add((k.ProductId, k.FiscalYear, k.CostType));
        }

        var counting = new List<T>(all.Count);
        foreach (var line in all)
        {
            var k = key(line);
            if (k.Kind == CostKind.Actual || !withActuals.Contains((k.ProductId, k.FiscalYear, k.CostType)))
                counting.Add(line);
        }

        return counting;
    }

    /// <summary>
    /// The rule as a predicate EF can translate: a correlated NOT EXISTS over <paramref name="allLines"/>, supported by
    /// the index on (ProductId, FiscalYear, CostType, Kind).
    /// </summary>
    public static Expression<Func<CostLine, bool>> Counts(IQueryable<CostLine> allLines)
    {
        var line = Expression.Parameter(typeof(CostLine), "line");
        return Expression.Lambda<Func<CostLine, bool>>(QueryExpressions.Apply(CountsAmong, line, QueryExpressions.Captured(allLines)), line);
    }

    /// <summary>
    /// The same predicate with the lines to look among as a second parameter, for queries that name them inside their
    /// own expression (a compiled query's context); use it through <see cref="QueryExpressions.Invoke{T1,T2,TResult}"/>.
    /// </summary>
    public static Expression<Func<CostLine, IQueryable<CostLine>, bool>> CountsAmong { get; } =
        (line, allLines) => line.Kind == CostKind.Actual
                            || !allLines.Any(a => a.ProductId == line.ProductId
                                                  && a.FiscalYear == line.FiscalYear
                                                  && a.CostType == line.CostType
                                                  && a.Kind == CostKind.Actual);

    /// <summary>The basis of a figure made of counting lines of these kinds: "Ist", "Plan" or mixed.</summary>
    public static ValueBasis BasisOf(IEnumerable<CostKind> countingKinds)
    {
        var kinds = countingKinds.Distinct().ToList();
        return kinds.Count switch
        {
            0 => ValueBasis.Plan,
            1 => kinds[0] == CostKind.Actual ? ValueBasis.Actual : ValueBasis.Plan,
            _ => ValueBasis.Mixed,
        };
    }

    /// <summary>The same, from whether actual and plan lines are among them.</summary>
    public static ValueBasis BasisOf(bool anyActual, bool anyPlan) => (anyActual, anyPlan) switch
    {
        (true, true) => ValueBasis.Mixed,
        (true, false) => ValueBasis.Actual,
        _ => ValueBasis.Plan,
    };

    /// <summary>"Ist", "Plan" or "Ist/Plan" (mixed, typically the running year).</summary>
    public static string Label(ValueBasis basis) => basis switch
    {
        ValueBasis.Actual => "Ist",
        ValueBasis.Plan => "Plan",
        _ => "Ist/Plan",
    };
}
