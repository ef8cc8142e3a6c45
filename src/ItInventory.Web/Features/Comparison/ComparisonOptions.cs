using ItInventory.Core.Comparison;

namespace ItInventory.Web.Features.Comparison;

/// <summary>The operator's comparison settings (section "Comparison" of the configuration).</summary>
public sealed class ComparisonOptions
{
    public const string Section = "Comparison";

    /// <summary>k: no figure about fewer municipalities is shown; 5 by default, and a lower setting than 3 counts as 3.</summary>
    public int MinimumGroup { get; set; } = ComparisonPrivacy.DefaultMinimumGroup;

    public ComparisonPrivacy Privacy => ComparisonPrivacy.From(MinimumGroup);
}
