using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Domain;

namespace ItInventory.Web.Features.Products;

/// <summary>
/// A product's costs as years × cost types. Which lines count is <see cref="YearCostRule"/> (per year and cost type the
/// actuals where any are booked, otherwise the plan), so a year can be "Ist", "Plan" or "Ist/Plan".
/// </summary>
public sealed class ProductCostTable
{
    private readonly Dictionary<(int Year, CostType Type), (CostKind Kind, decimal Amount)> _counting;
    private readonly Dictionary<(int Year, CostKind Kind), decimal> _byKind;

    private ProductCostTable(IReadOnlyCollection<ProductCostLineRow> lines)
    {
        // All lines are of one product, so the product is the same for every key.
        _counting = YearCostRule.CountingLines(lines, l => (0, l.FiscalYear, l.CostType, l.Kind))
            .GroupBy(l => (l.FiscalYear, l.CostType))
            .ToDictionary(g => g.Key, g => (g.First().Kind, g.Sum(l => l.Amount)));
        _byKind = lines.GroupBy(l => (l.FiscalYear, l.Kind)).ToDictionary(g => g.Key, g => g.Sum(l => l.Amount));
        Years = lines.Select(l => l.FiscalYear).Distinct().Order().ToList();
        CostTypes = lines.Select(l => l.CostType).Distinct().Order().ToList();
    }

    public IReadOnlyList<int> Years { get; }

    /// <summary>Only the cost types that occur, in the enum's order.</summary>
    public IReadOnlyList<CostType> CostTypes { get; }

    public static ProductCostTable From(IEnumerable<ProductCostLineRow> lines) => new(lines.ToList());

    /// <summary>Whether the year's figure is actuals, plan or both (different cost types).</summary>
    public ValueBasis BasisOf(int year) =>
        YearCostRule.BasisOf(_counting.Where(c => c.Key.Year == year).Select(c => c.Value.Kind));

    /// <summary>"Ist", "Plan" or "Ist/Plan".</summary>
    public string BasisLabel(int year) => YearCostRule.Label(BasisOf(year));

    public decimal? Amount(int year, CostType type) =>
        _counting.TryGetValue((year, type), out var counted) ? counted.Amount : null;

    public decimal Total(int year) => _counting.Where(c => c.Key.Year == year).Sum(c => c.Value.Amount);

    /// <summary>The plan of a year that also has actuals, for comparing plan and outcome.</summary>
    public decimal? PlanTotalBesideActuals(int year) =>
        _byKind.ContainsKey((year, CostKind.Actual)) && _byKind.TryGetValue((year, CostKind.Plan), out var plan) ? plan : null;
}
