using ItInventory.Core.Comparison;

namespace ItInventory.Web.Features.Comparison;

/// <summary>The operator's comparison settings (section "Comparison" of the configuration).</summary>
public sealed class ComparisonOptions
{
    public const string Section = "Comparison";

    /// <summary>The installation compares its own tenants and imports aggregates (the default).</summary>
    public const string InstallationMode = "Installation";

    /// <summary>The installation also receives exchange files of other installations and publishes their aggregate.</summary>
    public const string VergleichsstelleMode = "Vergleichsstelle";

    /// <summary>k: no figure about fewer municipalities is shown; 5 by default, and a lower setting than 3 counts as 3.</summary>
    public int MinimumGroup { get; set; } = ComparisonPrivacy.DefaultMinimumGroup;

    /// <summary><see cref="InstallationMode"/> or <see cref="VergleichsstelleMode"/>; anything else stops the start.</summary>
    public string Mode { get; set; } = InstallationMode;

    public ComparisonPrivacy Privacy => ComparisonPrivacy.From(MinimumGroup);

    public bool IsVergleichsstelle => string.Equals(Mode, VergleichsstelleMode, StringComparison.OrdinalIgnoreCase);

    public static string? ModeProblem(string? mode) =>
        string.Equals(mode, InstallationMode, StringComparison.OrdinalIgnoreCase) || string.Equals(mode, VergleichsstelleMode, StringComparison.OrdinalIgnoreCase)
            ? null
            : $"Comparison:Mode „{mode}“ ist unbekannt; erlaubt sind „{InstallationMode}“ und „{VergleichsstelleMode}“.";
}
