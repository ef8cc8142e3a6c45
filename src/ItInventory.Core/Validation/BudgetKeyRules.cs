using System.Text.RegularExpressions;

namespace ItInventory.Core.Validation;

/// <summary>
/// The budget key of a cost: the budget product of the kommunaler Produktrahmen (Produktbereich, -gruppe, Produkt and
/// deeper levels, dotted: "11", "11.1", "11.1.11", "01.11.01.02") and the Sachkonto of the Kontenrahmen (four to eight
/// digits: "5431", "543100"). Both are optional; blank means "not set". The rule is the same for forms, API and imports.
/// </summary>
public static partial class BudgetKeyRules
{
    public const int MaxLength = 20;

    /// <summary>The trimmed key, or null when blank.</summary>
    public static string? Clean(string? key) => string.IsNullOrWhiteSpace(key) ? null : key.Trim();

    public static string? ProductProblem(string? product) => Clean(product) switch
    {
        null => null,
        { Length: > MaxLength } => $"Das Haushaltsprodukt darf höchstens {MaxLength} Zeichen lang sein.",
        var key when !ProductPattern().IsMatch(key) =>
            "Das Haushaltsprodukt besteht aus Ziffern, durch Punkte gegliedert (z. B. 11.1.11 nach dem kommunalen Produktrahmen).",
        _ => null,
    };

    public static string? AccountProblem(string? account) => Clean(account) switch
    {
        null => null,
        var key when !AccountPattern().IsMatch(key) => "Das Sachkonto besteht aus 4 bis 8 Ziffern (z. B. 543100).",
        _ => null,
    };

    [GeneratedRegex(@"^[0-9]{1,4}(\.[0-9]{1,4}){0,4}$")]
    private static partial Regex ProductPattern();

    [GeneratedRegex("^[0-9]{4,8}$")]
    private static partial Regex AccountPattern();
}
