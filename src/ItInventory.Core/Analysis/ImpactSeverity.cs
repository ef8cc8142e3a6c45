using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Core.Analysis;

/// <summary>
/// Severity by money at stake, applied once to every finding the engine reports: a finding about money whose impact
/// is below <see cref="AnalysisOptions.MinimumImpactEuro"/> becomes a note, and says why, so that "kritisch" keeps
/// meaning something (in the sample data of a city, 59 of 100 critical findings were under 100 €, 29 under 1 €).
/// </summary>
public static class ImpactSeverity
{
    /// <summary>The kinds whose <see cref="Finding.ImpactEuro"/> is the money the city loses or overpays.</summary>
    public static bool IsAboutMoney(FindingKind kind) =>
        kind is FindingKind.PriceIncrease or FindingKind.ClauseBreach or FindingKind.CumulativePriceIncrease;

    public static Finding Calibrate(Finding finding, AnalysisOptions options)
    {
        if (!IsAboutMoney(finding.Kind) || finding.ImpactEuro is not { } impact || finding.Severity == Severity.Info
            || Math.Abs(impact) >= options.MinimumImpactEuro)
            return finding;

        return finding with
        {
            Severity = Severity.Info,
            Explanation = $"{finding.Explanation} Nur ein Hinweis: weniger als {Euro(options.MinimumImpactEuro)} stehen auf dem Spiel.",
        };
    }
}
