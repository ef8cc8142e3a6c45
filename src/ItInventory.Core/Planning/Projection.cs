using ItInventory.Core.Domain;

namespace ItInventory.Core.Planning;

/// <summary>Which rule produced a projected figure.</summary>
public enum FigureSource
{
    /// <summary>The year cost under the app's year-cost rule (actual where booked, else plan).</summary>
    Booked,
    /// <summary>An existing plan line for a future year, which overrides the projection.</summary>
    PlanLine,
    /// <summary>Carried forward from the previous year by the price clause or an assumption.</summary>
    Projected,
    /// <summary>Nothing to pay: the contract has ended, the product is retired, or a one-off cost is not repeated.</summary>
    None,
}

/// <summary>
/// One product's cost of one cost type in one year, with the German sentence that explains it and the split of the
/// change from the previous year into index-driven, above-index and change of scope (start, end, one-off).
/// </summary>
public sealed record ProjectedFigure(
    int Year,
    decimal Amount,
    FigureSource Source,
    string Explanation,
    decimal IndexDriven = 0m,
    decimal AboveIndex = 0m,
    decimal ScopeChange = 0m);

/// <param name="Coverage">The contracts the row runs under (null: not known, e.g. rows made by hand).</param>
public sealed record ProjectionRow(int ProductId, CostType CostType, IReadOnlyList<ProjectedFigure> Figures, ContractCoverage? Coverage = null)
{
    public ProjectedFigure In(int year) => Figures.First(f => f.Year == year);
}

/// <summary>The sum of all rows in a year and how it grew from the year before.</summary>
public sealed record ProjectionYearTotal(int Year, decimal Amount, decimal IndexDriven, decimal AboveIndex, decimal ScopeChange);

public sealed record Projection(ProjectionHorizon Horizon, ProjectionAssumptions Assumptions, IReadOnlyList<ProjectionRow> Rows)
{
    /// <summary>Computed from the rows on each read (a few hundred rows), so a copy made with other rows never shows stale totals.</summary>
    public IReadOnlyList<ProjectionYearTotal> Totals => TotalsOf(Horizon, Rows);

    public ProjectionYearTotal TotalIn(int year) => Totals.First(t => t.Year == year);

    public static IReadOnlyList<ProjectionYearTotal> TotalsOf(ProjectionHorizon horizon, IEnumerable<ProjectionRow> rows)
    {
        var figures = rows.SelectMany(r => r.Figures).ToLookup(f => f.Year);
        return horizon.Years
            .Select(year => new ProjectionYearTotal(year,
                figures[year].Sum(f => f.Amount), figures[year].Sum(f => f.IndexDriven),
                figures[year].Sum(f => f.AboveIndex), figures[year].Sum(f => f.ScopeChange)))
            .ToList();
    }
}
