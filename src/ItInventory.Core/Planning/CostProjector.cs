using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Domain;

namespace ItInventory.Core.Planning;

/// <summary>
/// Projects every product's cost per cost type over the horizon from what is known: the year costs of the running
/// year (the app's one year-cost rule), the contracts in force with their clauses, ends and successors, the product's
/// lifecycle, plan lines (which override) and the stated assumptions. Each figure carries its explanation.
/// </summary>
public static class CostProjector
{
    /// <summary>Years before the running year that may start a chain, and that the unilateral average looks at.</summary>
    private const int LookBackYears = 3;

    public static Projection Project(ProjectionInput input)
    {
        var horizon = input.Horizon;
        var from = horizon.RunningYear - LookBackYears - 1;
        var lines = input.Lines.Where(l => l.FiscalYear >= from && l.FiscalYear <= horizon.LastYear).ToList();
        var costs = CostSelection.Select(lines).ToLookup(c => (c.ProductId, c.CostType));
        var counting = YearCostRule.CountingLines(lines).ToLookup(l => (l.ProductId, l.CostType, l.FiscalYear));

        var rows = new List<ProjectionRow>();
        foreach (var product in input.Products.OrderBy(p => p.Id))
        {
            foreach (var costType in Enum.GetValues<CostType>())
            {
                var yearCosts = costs[(product.Id, costType)].ToDictionary(c => c.Year);
                var chainStart = ChainStart(yearCosts.Keys, horizon);
                if (chainStart is not { } start)
                    continue;
                var coverage = ContractCoverage.For(product, costType, counting[(product.Id, costType, start)],
                    horizon.RunningYear, product.Lifecycle == LifecycleStatus.PhaseOut);
                rows.Add(new ProjectionRow(product.Id, costType,
                    new RowProjection(input, product, costType, yearCosts, coverage).Figures(start), coverage));
            }
        }

        return new Projection(horizon, input.Assumptions, rows);
    }

    /// <summary>The latest year with a cost up to the running year (looking back three years), else the first planned one.</summary>
    private static int? ChainStart(IEnumerable<int> years, ProjectionHorizon horizon)
    {
        var known = years.Where(y => y >= horizon.RunningYear - LookBackYears).ToList();
        var upToRunning = known.Where(y => y <= horizon.RunningYear).ToList();
        return upToRunning.Count > 0 ? upToRunning.Max() : known.Count > 0 ? known.Min() : null;
    }

    internal static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);
}
