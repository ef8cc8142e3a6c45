namespace ItInventory.Core.Comparison;

/// <summary>
/// The minimum group size k of every published comparison figure (official-statistics practice: no cell about fewer
/// than k bodies). It is the operator's setting, 5 by default and never below 3, and it is checked on the group that
/// remains after every filter, so that narrowing a large group cannot expose a small one.
/// </summary>
public sealed record ComparisonPrivacy
{
    public const int DefaultMinimumGroup = 5;
    public const int LowestMinimumGroup = 3;

    /// <summary>Quartiles of a small group come too close to single members' figures; they need at least this many.</summary>
    public const int QuartileMinimumGroup = 10;

    public static readonly ComparisonPrivacy Default = new(DefaultMinimumGroup);

    private ComparisonPrivacy(int minimumGroup) => MinimumGroup = minimumGroup;

    public int MinimumGroup { get; }

    /// <summary>The privacy for a stored setting; a missing or too low setting cannot weaken it below 3.</summary>
    public static ComparisonPrivacy From(int? minimumGroup) =>
        new(Math.Max(LowestMinimumGroup, minimumGroup ?? DefaultMinimumGroup));

    /// <summary>Whether a figure about this many distinct municipalities may be shown.</summary>
    public bool MayShow(int members) => members >= MinimumGroup;

    public bool MayShowQuartiles(int members) => members >= Math.Max(QuartileMinimumGroup, MinimumGroup);
}
