using ItInventory.Core.Domain;
using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Core.Planning;

/// <summary>The budget view: Finanzplan (payments by the year paid) or Ergebnisplan (expenses by period).</summary>
public enum BudgetView { Finanzplan, Ergebnisplan }

/// <summary>
/// When a purchased perpetual licence is investive: above the capitalisation threshold. It is then depreciated over
/// its useful life in the Ergebnisplan; smaller licences, SaaS, rent and maintenance are expenses of their year.
/// </summary>
public sealed record CapitalisationRule(decimal ThresholdEuro = 800m, int UsefulLifeYears = 3)
{
    public bool IsInvestive(CostType type, decimal amount) =>
        CostTypes.TreatmentOf(type) == BudgetTreatment.Investive && amount > ThresholdEuro;

    /// <summary>The depreciation of a purchase in its n-th year (0-based): equal cents, the last year takes the rounding rest.</summary>
    public decimal Depreciation(decimal amount, int yearOfLife)
    {
        var yearly = Math.Round(amount / UsefulLifeYears, 2, MidpointRounding.AwayFromZero);
        return yearOfLife == UsefulLifeYears - 1 ? amount - yearly * (UsefulLifeYears - 1) : yearly;
    }
}

/// <summary>
/// The two budget views of a projection. The Finanzplan shows payments by the year they are paid, which is the
/// projection itself; the Ergebnisplan shows expenses by period, with investive licence purchases depreciated.
/// </summary>
public static class BudgetViews
{
    /// <param name="earlierPurchases">Licence purchases (year costs) before the running year, per product and year, still being depreciated.</param>
    public static Projection Ergebnisplan(Projection projection, CapitalisationRule rule, IReadOnlyDictionary<(int ProductId, int Year), decimal> earlierPurchases)
    {
        var rows = projection.Rows.Select(row => row.CostType == CostType.LicencePurchase
            ? row with { Figures = Depreciated(row, rule, earlierPurchases) }
            : row).ToList();
        return new Projection(projection.Horizon, projection.Assumptions, rows);
    }

    private static IReadOnlyList<ProjectedFigure> Depreciated(ProjectionRow row, CapitalisationRule rule, IReadOnlyDictionary<(int ProductId, int Year), decimal> earlier)
    {
        var purchases = row.Figures.ToDictionary(f => f.Year, f => f.Amount);
        foreach (var ((productId, year), amount) in earlier)
        {
            if (productId == row.ProductId && !purchases.ContainsKey(year))
                purchases[year] = amount;
        }

        return row.Figures.Select(figure =>
        {
            var parts = new List<string>();
            var expense = 0m;
            if (figure.Amount > 0m && !rule.IsInvestive(row.CostType, figure.Amount))
            {
                expense += figure.Amount;
                parts.Add($"Lizenzkauf {figure.Year} bis {Euro(rule.ThresholdEuro)}: Aufwand des Jahres");
            }

            for (var age = 0; age < rule.UsefulLifeYears; age++)
            {
                if (purchases.TryGetValue(figure.Year - age, out var paid) && rule.IsInvestive(row.CostType, paid))
                {
                    expense += rule.Depreciation(paid, age);
                    parts.Add($"Abschreibung des Lizenzkaufs {figure.Year - age} ({EuroCents(paid)}) über {rule.UsefulLifeYears} Jahre, Jahr {age + 1}");
                }
            }

            // The change against the year before is one of scope: a purchase is no price increase.
            return new ProjectedFigure(figure.Year, expense, figure.Source, parts.Count == 0 ? figure.Explanation : string.Join("; ", parts),
                ScopeChange: 0m);
        }).ToList();
    }
}
