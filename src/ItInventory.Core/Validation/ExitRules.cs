using ItInventory.Core.Analysis.Exit;

namespace ItInventory.Core.Validation;

/// <summary>The bounds of the exit assessment's and the Data Act terms' fields, for forms, the API and the import alike.</summary>
public static class ExitRules
{
    /// <summary>Transitional and retrieval periods in days: ten years is beyond any contract.</summary>
    public const int MaxPeriodDays = 3_650;

    public const int MaxAlternativeNameLength = 200;
    public const int MaxTermTextLength = 1_000;
    public const int MaxNoteLength = 1_000;

    /// <summary>A German message when <paramref name="days"/> lies outside 0..<see cref="MaxPeriodDays"/>; null otherwise.</summary>
    public static string? DaysProblem(int? days, string label) =>
        days is < 0 or > MaxPeriodDays ? $"{label} muss zwischen 0 und {MaxPeriodDays} Tagen liegen ({days} ist außerhalb)." : null;

    /// <summary>A German message when a text is longer than <paramref name="max"/> characters or cannot be stored.</summary>
    public static string? TextProblem(string? text, int max, string label) =>
        text is not null && text.Length > max ? $"{label} darf höchstens {max} Zeichen lang sein." : TextRules.Problem(text);

    /// <summary>More figures set by hand than a product has cost items with a generous number of interfaces.</summary>
    public const int MaxCostItems = 200;

    /// <summary>The problems of a set of hand-set cost items (key → amount), each under "CostItems" or "CostItems.&lt;key&gt;".</summary>
    public static IEnumerable<(string Field, string Message)> CostItemProblems(IReadOnlyDictionary<string, decimal>? items)
    {
        if (items is null)
            yield break;
        if (items.Count > MaxCostItems)
        {
            yield return ("CostItems", $"Es können höchstens {MaxCostItems} Kostenpunkte gesetzt werden ({items.Count} angegeben).");
            yield break;
        }

        foreach (var (key, amount) in items)
        {
            var problem = ItemKeyProblem(key) ?? AmountRules.Problem(amount, "Der Betrag");
            if (problem is not null)
                yield return ($"CostItems.{key}", problem);
        }
    }

    /// <summary>A German message when a switching-cost item key names no item an estimate can have.</summary>
    public static string? ItemKeyProblem(string? key) =>
        key is null || !SwitchingCostKeys.IsKnown(key)
            ? $"Unbekannter Kostenpunkt „{key}“; erlaubt sind migration, interface:<Nummer>, parallel, training, procurement, exitfees."
            : null;
}
