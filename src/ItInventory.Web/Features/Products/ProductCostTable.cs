using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Domain;

namespace ItInventory.Web.Features.Products;

/// <summary>
/// A product's costs as years × cost types. Per year and cost type the actuals count where any are booked, otherwise
/// the plan (<see cref="YearCostRule"/>), so a year can be "Ist", "Plan" or "Ist/Plan".
/// </summary>
public sealed class ProductCostTable
{
    private readonly Dictionary<(int Year, CostType Type, CostKind Kind), decimal> _amounts;

    private ProductCostTable(Dictionary<(int, CostType, CostKind), decimal> amounts)
    {
        _amounts = amounts;
        Years = amounts.Keys.Select(k => k.Item1).Distinct().Order().ToList();
        CostTypes = amounts.Keys.Select(k => k.Item2).Distinct().Order().ToList();
    }

    public IReadOnlyList<int> Years { get; }

    /// <summary>Only the cost types that occur, in the enum's order.</summary>
    public IReadOnlyList<CostType> CostTypes { get; }

    public static ProductCostTable From(IEnumerable<ProductCostLineRow> lines) =>
        new(lines.GroupBy(l => (l.FiscalYear, l.CostType, l.Kind)).ToDictionary(g => g.Key, g => g.Sum(l => l.Amount)));

    /// <summary>The kind that counts for a year and cost type: actuals where any are booked, otherwise plan.</summary>
    private CostKind KindOf(int year, CostType type) =>
        _amounts.ContainsKey((year, type, CostKind.Actual)) ? CostKind.Actual : CostKind.Plan;

    /// <summary>Whether the year's figure is actuals, plan or both (different cost types).</summary>
    public ValueBasis BasisOf(int year) =>
        YearCostRule.BasisOf(CostTypes.Where(t => Amount(year, t) is not null).Select(t => KindOf(year, t)));

    /// <summary>"Ist", "Plan" or "Ist/Plan".</summary>
    public string BasisLabel(int year) => YearCostRule.Label(BasisOf(year));

    public decimal? Amount(int year, CostType type) =>
        _amounts.TryGetValue((year, type, KindOf(year, type)), out var amount) ? amount : null;

    public decimal Total(int year) => CostTypes.Sum(t => Amount(year, t) ?? 0m);

    /// <summary>The plan of a year that also has actuals, for comparing plan and outcome.</summary>
    public decimal? PlanTotalBesideActuals(int year) =>
        _amounts.Keys.Any(k => k.Year == year && k.Kind == CostKind.Actual) && _amounts.Keys.Any(k => k.Year == year && k.Kind == CostKind.Plan)
            ? _amounts.Where(a => a.Key.Year == year && a.Key.Kind == CostKind.Plan).Sum(a => a.Value)
            : null;
}
