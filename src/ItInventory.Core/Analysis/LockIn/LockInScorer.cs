using ItInventory.Core.Domain;

namespace ItInventory.Core.Analysis.LockIn;

/// <summary>
/// Scores lock-in 0-100 as the weighted share of fulfilled indicators: Σ weight × fraction / Σ weight × 100.
/// Indicators without data stay in the denominator with 0 points, so missing data never raises a score and the
/// score is a lower bound; each factor says when it was not assessed.
/// </summary>
public sealed class LockInScorer(AnalysisOptions options)
{
    private readonly IndicatorRules rules = new(options);

    public LockInScorer() : this(new AnalysisOptions()) { }

    public LockInScore Score(Product product, LockInContext context)
    {
        var weighted = LockInIndicators.All
            .Select(indicator => (Indicator: indicator, Weight: options.WeightOf(indicator), Result: rules.Evaluate(indicator, product, context)))
            .ToList();
        var totalWeight = weighted.Sum(w => w.Weight);

        var factors = weighted
            .Select(w =>
            {
                var points = totalWeight > 0m ? w.Weight * w.Result.Fraction / totalWeight * 100m : 0m;
                return new LockInFactor(w.Indicator.Code, w.Indicator.Label, w.Weight, w.Result.Fraction,
                    Math.Round(points, 2, MidpointRounding.AwayFromZero), w.Result.Assessed, w.Result.Reason, w.Indicator.Justification);
            })
            .ToList();
        var score = totalWeight > 0m ? weighted.Sum(w => w.Weight * w.Result.Fraction) / totalWeight * 100m : 0m;

        return new LockInScore(SubjectRef.Product(product.Id, product.Name),
            Math.Round(score, 1, MidpointRounding.AwayFromZero), factors, IsHard(product));
    }

    /// <summary>
    /// The hard flag: no machine-readable export at all AND no alternative product (AlternativeProducts == 0;
    /// negative counts are invalid input and count as 0). An export that merely costs extra is still an export.
    /// </summary>
    public static bool IsHard(Product product) => !product.HasOpenDataExport && product.AlternativeProducts <= 0;
}
