using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Domain;
using ItInventory.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Dashboard;

/// <summary>A fiscal year and whether its figures are actuals ("Ist"), the plan, or both ("Ist/Plan").</summary>
public sealed record SpendYear(int Year, ValueBasis Basis)
{
    public bool IsPlan => Basis == ValueBasis.Plan;

    /// <summary>"2025 Ist", "2026 Ist/Plan", "2027 Plan".</summary>
    public string Label => $"{Year} {YearCostRule.Label(Basis)}";
}

/// <summary>The counting lines of one year and kind (actual or plan), summed.</summary>
public sealed record YearKindSum(int Year, CostKind Kind, decimal Amount);

/// <summary>
/// The years that have cost lines, each with the basis of its counting lines (<see cref="YearCostRule"/>): the rule is
/// applied per product, year and cost type, so a year's total, its split by department and every report add up to
/// the same sum as the product list. Only one row per year and kind comes back from the database, with its sum, so
/// the years and the trend of their totals come from a single pass over the cost lines.
/// </summary>
public static class SpendYears
{
    public static async Task<IReadOnlyList<YearKindSum>> SumsAsync(InventoryDbContext db, CancellationToken cancellationToken)
    {
        var sums = await DashboardQueries.YearKindSums(db).ToListAsync(cancellationToken);
        return sums.Select(s => new YearKindSum(s.FiscalYear, s.Kind, s.Amount)).ToList();
    }

    public static IReadOnlyList<SpendYear> From(IReadOnlyList<YearKindSum> sums) =>
        sums
            .GroupBy(k => k.Year)
            .OrderBy(g => g.Key)
            .Select(g => new SpendYear(g.Key, YearCostRule.BasisOf(g.Select(k => k.Kind))))
            .ToList();

    /// <summary>The year's basis, or the plan for a year without any cost line.</summary>
    public static SpendYear Of(IReadOnlyList<SpendYear> years, int year) =>
        years.FirstOrDefault(y => y.Year == year) ?? new SpendYear(year, ValueBasis.Plan);
}
