using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Core.Validation;

/// <summary>
/// The one rule for money: whole cents, not negative, and at most <see cref="Max"/>. Both databases hold far more
/// (SQLite cents in a 64-bit integer: 92 Billiarden euros; PostgreSQL numeric(18,2): 16 digits before the point), so
/// sums over thousands of lines still fit, and the bound is far beyond any municipal budget line.
/// </summary>
public static class AmountRules
{
    public const decimal Max = 999_999_999_999.99m;

    /// <summary>
    /// A German message naming the field when <paramref name="amount"/> breaks the rule; null when it is absent or
    /// valid. Fractions of a cent are refused, not rounded: 0,001 € is a typing error, not zero.
    /// </summary>
    public static string? Problem(decimal? amount, string label) => amount switch
    {
        null => null,
        < 0m => $"{label} darf nicht negativ sein.",
        > Max => $"{label} darf höchstens {EuroCents(Max)} betragen.",
        { } value when decimal.Round(value, 2) != value => $"{label} darf höchstens zwei Nachkommastellen (Cent) haben.",
        _ => null,
    };
}
