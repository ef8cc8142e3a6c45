using ItInventory.Core.Analysis.LockIn;
using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Domain;

namespace ItInventory.Core.Analysis;

/// <summary>
/// Thresholds and weights of all analysis rules. A plain class with defaults so the web app can bind it from
/// the "Analysis" section of appsettings and an administrator can tune it without a release.
/// </summary>
public sealed class AnalysisOptions
{
    public const string SectionName = "Analysis";

    // Contract deadlines

    /// <summary>Calendar days between the decision date and the notice deadline: time for a council decision or a tender.</summary>
    public int DecisionLeadDays { get; set; } = 90;

    /// <summary>A deadline finding is raised this many days before the decision date (and stays until the deadline passes).</summary>
    public int DecisionWarningDays { get; set; } = 30;

    // Price increases

    /// <summary>A yearly increase is flagged when it exceeds the VPI change by more than this many percentage points.</summary>
    public decimal PriceToleranceOverIndexPercentagePoints { get; set; } = 2.0m;

    /// <summary>The cumulative increase since contract start is flagged when it exceeds the cumulative VPI change by more than this.</summary>
    public decimal CumulativeToleranceOverIndexPercentagePoints { get; set; } = 2.0m;

    /// <summary>An increase this many percentage points over the index is critical rather than a warning.</summary>
    public decimal PriceCriticalOverIndexPercentagePoints { get; set; } = 10.0m;

    /// <summary>
    /// A price finding whose money at stake is below this many euros is only a note ("Hinweis"), whatever its
    /// percentage: a clause exceeded by rounding, or +40 % on a 200 € item, is not what an IT head must act on first.
    /// </summary>
    public decimal MinimumImpactEuro { get; set; } = 100m;

    /// <summary>What to do when the VPI of a year is not published yet (e.g. the current year).</summary>
    public MissingIndexPolicy MissingIndexPolicy { get; set; } = MissingIndexPolicy.UseLatestKnownChange;

    /// <summary>
    /// Cost types compared from year to year. Null means <see cref="PriceIncreaseAnalyzer.DefaultRecurringCostTypes"/>;
    /// an array rather than a pre-filled list because configuration binding appends to pre-filled lists.
    /// </summary>
    public CostType[]? RecurringCostTypes { get; set; }

    // Lock-in

    /// <summary>
    /// Weight per indicator code ("L1".."L13"). Keys not given fall back to <see cref="LockInIndicators"/> defaults;
    /// a weight of 0 switches an indicator off. Weights are relative: the score divides by their sum.
    /// </summary>
    public Dictionary<string, decimal> LockInWeights { get; set; } = LockInIndicators.DefaultWeights();

    /// <summary>A lock-in score at or above this (0-100) raises a finding.</summary>
    public decimal LockInHighScoreThreshold { get; set; } = 60m;

    /// <summary>L5: a minimum (or fixed) term longer than this many months binds the city.</summary>
    public int LongMinimumTermMonths { get; set; } = 24;

    /// <summary>L5: a notice period longer than this many months binds the city.</summary>
    public int LongNoticePeriodMonths { get; set; } = 3;

    /// <summary>L6: migration cost of this many annual running costs counts as the full indicator; less scales linearly.</summary>
    public decimal MigrationCostRatioForFullScore { get; set; } = 3m;

    // Concentration

    /// <summary>
    /// Herfindahl–Hirschman index (0-10,000) above which a category counts as highly concentrated; 2,500 is the
    /// "highly concentrated" line of the US merger guidelines (2010), the most quoted reference.
    /// </summary>
    public decimal HighConcentrationHhi { get; set; } = 2500m;

    /// <summary>A vendor on whose products at least this many departments rely is reported as a dependency.</summary>
    public int DependentDepartmentsThreshold { get; set; } = 3;

    /// <summary>The configured weight of an indicator; negative weights count as 0, missing ones as the default.</summary>
    public decimal WeightOf(LockInIndicator indicator)
    {
        foreach (var (code, weight) in LockInWeights)
        {
            if (string.Equals(code, indicator.Code, StringComparison.OrdinalIgnoreCase))
                return Math.Max(0m, weight);
        }
        return indicator.DefaultWeight;
    }
}
