using ItInventory.Core.Domain;
using ItInventory.Core.Planning;

namespace ItInventory.Web.Features.Planning;

/// <summary>One product's cost type over the horizon, with the names a reader needs.</summary>
/// <param name="Department">The owning department ("33 Bürgeramt"), whose budget carries the product.</param>
public sealed record FinancialPlanRow(
    int ProductId, string InventoryNumber, string ProductName, int DepartmentId, string Department, CostType CostType,
    IReadOnlyList<ProjectedFigure> Figures)
{
    public decimal AmountIn(int year) => Figures.FirstOrDefault(f => f.Year == year)?.Amount ?? 0m;
}

/// <summary>A contract's committed cost in the planning years, with the names a reader needs.</summary>
/// <param name="EarliestEnd">The earliest end by notice given at the start of the budget year.</param>
public sealed record CommitmentLine(
    string InventoryNumber, string ProductName, CostType CostType, string Contract, DateOnly EarliestEnd, IReadOnlyDictionary<int, decimal> Amounts);

/// <summary>Plan against actual of one product and cost type in a year, with names.</summary>
public sealed record PlanActualLine(
    int ProductId, string InventoryNumber, string ProductName, string Department, CostType CostType, int Year, PlanActualFigure Figure);

/// <summary>
/// The Finanzplanung as page, API and workbook show it: the projection over the horizon by product, department and
/// cost type, the stated assumptions, and plan against actual for the past years and the running year.
/// </summary>
public sealed record FinancialPlan(
    Projection Projection,
    IReadOnlyList<FinancialPlanRow> Rows,
    PlanningAssumptions StoredAssumptions,
    Guid? AssumptionsVersion,
    IReadOnlyList<PlanActualLine> PlanActual)
{
    /// <summary>The projection added up by budget product and Sachkonto ("nach Haushaltsstellen").</summary>
    public IReadOnlyList<BudgetKeyTotal> ByBudgetKey { get; init; } = [];

    /// <summary>Contracts binding the planning years after the budget year(s): the Verpflichtungsermächtigungen they need.</summary>
    public IReadOnlyList<CommitmentLine> Commitments { get; init; } = [];

    /// <summary>The planning years after the budget year(s), in which Verpflichtungsermächtigungen fall due.</summary>
    public IReadOnlyList<int> CommitmentYears => Years.Where(y => y >= Horizon.BudgetYear + Horizon.BudgetYears).ToList();

    /// <summary>The Verpflichtungsermächtigungen needed per planning year.</summary>
    public decimal AuthorisationIn(int year) => Commitments.Sum(c => c.Amounts.GetValueOrDefault(year));

    /// <summary>The scenario this plan was computed for; null: the stored assumptions.</summary>
    public string? ScenarioName { get; init; }

    /// <summary>What the scenario's exit changed, or why it could not be applied.</summary>
    public string? ScenarioNote { get; init; }

    public ProjectionHorizon Horizon => Projection.Horizon;
    public IReadOnlyList<int> Years => Horizon.Years.ToList();
    public bool VpiIsDefault => StoredAssumptions.VpiPercent is null;

    /// <summary>"2028: +3,0 %; 2029: +2,5 %" for the horizon years with their own VPI assumption; null when none has one.</summary>
    public string? VpiByYearWording =>
        Projection.Assumptions.VpiPercentByYear?.Where(v => Years.Contains(v.Key)).OrderBy(v => v.Key)
            .Select(v => $"{v.Key}: {Formats.SignedPercent(v.Value / 100m)}").ToList() is { Count: > 0 } parts
            ? string.Join("; ", parts)
            : null;

    /// <summary>The rows' sums per key and year, e.g. per department.</summary>
    public IReadOnlyList<(TKey Key, IReadOnlyList<decimal> Amounts)> SumBy<TKey>(Func<FinancialPlanRow, TKey> key) where TKey : notnull =>
        Rows.GroupBy(key)
            .Select(g => (g.Key, (IReadOnlyList<decimal>)Years.Select(y => g.Sum(r => r.AmountIn(y))).ToList()))
            .ToList();

    /// <summary>Growth from the running year to the last planning year, and the part of it above the index.</summary>
    public (decimal Growth, decimal AboveIndex) GrowthOverHorizon()
    {
        var totals = Projection.Totals;
        return (totals[^1].Amount - totals[0].Amount, totals.Skip(1).Sum(t => t.AboveIndex));
    }
}
