using ItInventory.Core.Domain;
using ItInventory.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Dashboard;

/// <summary>A fiscal year and whether its figures are actuals ("Ist") or the plan.</summary>
public sealed record SpendYear(int Year, CostKind Basis)
{
    public bool IsPlan => Basis == CostKind.Plan;

    /// <summary>"2025 Ist", "2026 Plan".</summary>
    public string Label => $"{Year} {(IsPlan ? "Plan" : "Ist")}";
}

/// <summary>
/// Which figures a year is reported with: its actuals once any are booked, otherwise its plan. Applied to the whole
/// inventory, so a year's total, its split by department and the council report always add up to the same sum.
/// </summary>
public static class SpendYears
{
    public static async Task<IReadOnlyList<SpendYear>> LoadAsync(InventoryDbContext db, CancellationToken cancellationToken)
    {
        var kinds = await db.CostLines
            .GroupBy(c => new { c.FiscalYear, c.Kind })
            .Select(g => g.Key)
            .ToListAsync(cancellationToken);
        return kinds
            .GroupBy(k => k.FiscalYear)
            .OrderBy(g => g.Key)
            .Select(g => new SpendYear(g.Key, g.Any(k => k.Kind == CostKind.Actual) ? CostKind.Actual : CostKind.Plan))
            .ToList();
    }

    /// <summary>The year's basis, or the plan for a year without any cost line.</summary>
    public static SpendYear Of(IReadOnlyList<SpendYear> years, int year) =>
        years.FirstOrDefault(y => y.Year == year) ?? new SpendYear(year, CostKind.Plan);
}
