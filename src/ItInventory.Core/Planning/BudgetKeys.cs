using ItInventory.Core.Domain;

namespace ItInventory.Core.Planning;

/// <summary>
/// Where a cost goes in the municipal budget: the budget product of the kommunaler Produktrahmen (Teilhaushalt/Produkt)
/// and the Sachkonto. Either may be unset; the budget then shows it as such rather than guessing.
/// </summary>
public sealed record BudgetKey(string? BudgetProduct, string? Account)
{
    public string ProductLabel => BudgetProduct ?? "ohne Haushaltsprodukt";
    public string AccountLabel => Account ?? "ohne Sachkonto";
}

/// <summary>The projection's sum for one budget key, one amount per horizon year.</summary>
public sealed record BudgetKeyTotal(BudgetKey Key, IReadOnlyList<decimal> Amounts);

/// <summary>
/// Resolves a product's budget key per cost type and adds the projection up by those keys. The most specific setting
/// wins: the budget product is the product's own, else its owning department's; the Sachkonto is the product's own,
/// else the cost type's (e.g. licences to an investive account), else the department's.
/// </summary>
public static class BudgetKeys
{
    public static BudgetKey For(Product product, Department? owner, CostType costType, IReadOnlyDictionary<CostType, string>? accountsByCostType) =>
        new(product.BudgetProduct ?? owner?.BudgetProduct,
            product.BudgetAccount
            ?? (accountsByCostType is not null && accountsByCostType.TryGetValue(costType, out var account) ? account : null)
            ?? owner?.BudgetAccount);

    /// <summary>The rows' sums per key and horizon year, ordered by budget product and Sachkonto (unset ones last).</summary>
    public static IReadOnlyList<BudgetKeyTotal> Sum(Projection projection, Func<ProjectionRow, BudgetKey> keyOf)
    {
        var years = projection.Horizon.Years.ToList();
        return projection.Rows
            .GroupBy(keyOf)
            .OrderBy(g => g.Key.BudgetProduct is null).ThenBy(g => g.Key.BudgetProduct, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Account is null).ThenBy(g => g.Key.Account, StringComparer.Ordinal)
            .Select(g => new BudgetKeyTotal(g.Key, years.Select(y => g.Sum(r => r.Figures.FirstOrDefault(f => f.Year == y)?.Amount ?? 0m)).ToList()))
            .ToList();
    }
}
