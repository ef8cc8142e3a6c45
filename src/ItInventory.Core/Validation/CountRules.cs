using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Core.Validation;

/// <summary>Counts (users, licences, alternatives, quantities): whole, not negative, and bounded so sums cannot overflow.</summary>
public static class CountRules
{
    /// <summary>A billion: more users or licences than any city has, with room for sums over thousands of products.</summary>
    public const int Max = 1_000_000_000;

    public static string? Problem(int? count, string label) => count switch
    {
        < 0 => $"{label} darf nicht negativ sein.",
        > Max => $"{label} darf höchstens {Max.ToString("N0", German)} betragen.",
        _ => null,
    };
}
