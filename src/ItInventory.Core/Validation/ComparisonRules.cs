using ItInventory.Core.Comparison;

namespace ItInventory.Core.Validation;

/// <summary>The operator's comparison setting: the minimum group size k.</summary>
public static class ComparisonRules
{
    /// <summary>A group larger than this would hide almost every product; a typo, not a choice.</summary>
    public const int MaxMinimumGroup = 1000;

    public static string? MinimumGroupProblem(int minimumGroup) =>
        minimumGroup is < ComparisonPrivacy.LowestMinimumGroup or > MaxMinimumGroup
            ? $"Die Mindestgruppengröße muss zwischen {ComparisonPrivacy.LowestMinimumGroup} und {MaxMinimumGroup} liegen; "
              + $"unter {ComparisonPrivacy.LowestMinimumGroup} Kommunen wäre eine einzelne erkennbar."
            : null;
}
