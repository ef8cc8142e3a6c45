using ItInventory.Core.Domain;

namespace ItInventory.Web.Features.Products;

/// <summary>
/// A product's costs as years × cost types. Plan and actual are kept apart: a year's figure is its actuals where
/// any are booked ("Ist"), otherwise its plan ("Plan"), the same rule as the product list.
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

    /// <summary>Actuals where the year has any, otherwise plan.</summary>
    public CostKind KindOf(int year) =>
        _amounts.Keys.Any(k => k.Year == year && k.Kind == CostKind.Actual) ? CostKind.Actual : CostKind.Plan;

    public decimal? Amount(int year, CostType type)
    {
        var kind = KindOf(year);
        return _amounts.TryGetValue((year, type, kind), out var amount) ? amount : null;
    }

    public decimal Total(int year)
    {
        var kind = KindOf(year);
        return _amounts.Where(a => a.Key.Year == year && a.Key.Kind == kind).Sum(a => a.Value);
    }

    /// <summary>The plan of a year that also has actuals, for comparing plan and outcome.</summary>
    public decimal? PlanTotalBesideActuals(int year) =>
        KindOf(year) == CostKind.Actual && _amounts.Keys.Any(k => k.Year == year && k.Kind == CostKind.Plan)
            ? _amounts.Where(a => a.Key.Year == year && a.Key.Kind == CostKind.Plan).Sum(a => a.Value)
            : null;
}
