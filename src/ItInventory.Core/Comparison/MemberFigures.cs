namespace ItInventory.Core.Comparison;

/// <summary>
/// One member's figures for one group (a market product or a category): the products of the member in the group
/// merged, so that a municipality counts once however many of its products fall into the group.
/// </summary>
public sealed record MemberFigures(ComparisonMember Member, IReadOnlyList<MemberProduct> Products) : IGroupFigures
{
    public int MemberId => Member.MemberId;

    public string VendorKey => Products[0].VendorKey;

    public decimal? RunningCost(int year)
    {
        var withCost = Products.Where(p => p.RunningCostByYear.ContainsKey(year)).ToList();
        return withCost.Count == 0 ? null : withCost.Sum(p => p.RunningCostByYear[year]);
    }

    public int? Users => Products.Any(p => p.Users is > 0) ? Products.Sum(p => p.Users ?? 0) : null;

    /// <summary>The yearly cases of the city services the member's products in the group serve.</summary>
    public int? Cases => Products.Any(p => p.Cases is > 0) ? Products.Sum(p => p.Cases ?? 0) : null;

    public decimal? Value(ComparisonMetric metric, ComparisonRequest request) => metric switch
    {
        ComparisonMetric.CostPerInhabitant => UnitCosts.PerUnit(RunningCost(request.Year), Member.Inhabitants),
        ComparisonMetric.CostPerUser => UnitCosts.PerUnit(RunningCost(request.Year), Users),
        ComparisonMetric.CostPerCase => UnitCosts.PerUnit(RunningCost(request.Year), Cases),
        _ => UnitCosts.AboveIndex(YearOverYear(request.Year), request.Index),
    };

    public decimal? YearOverYear(int year) =>
        RunningCost(year - 1) is > 0m and var before && RunningCost(year) is { } now ? now / before - 1m : null;

    public InterfaceKind BestInterface => Products.Max(p => p.Interface);

    /// <summary>Online when every product in the group with rated services is (a group counts as the member's whole use).</summary>
    public bool? OnlineApplication => Products.Any(p => p.OnlineApplication is not null)
        ? Products.All(p => p.OnlineApplication is not false)
        : null;

    public ContractTerms? Terms => Products.Select(p => p.Terms).FirstOrDefault(t => t is not null);
}
