using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Core.Analysis.LockIn;

/// <summary>Findings from a lock-in score: the hard flag (critical) and a high score (warning) with its largest factors.</summary>
public static class LockInFindings
{
    private const int FactorsNamed = 3;

    public static IEnumerable<Finding> From(LockInScore score, AnalysisOptions options)
    {
        var name = Quoted(score.Product.Name);
        if (score.IsHard)
        {
            yield return new Finding(FindingKind.LockInHard, Severity.Critical, score.Product,
                $"Harter Lock-in: {score.Product.Name}",
                $"Für {name} gibt es keinen vollständigen maschinenlesbaren Export und am Markt kein alternatives Produkt, "
                + "ein Ausstieg ist damit praktisch ausgeschlossen.");
        }

        if (score.Score >= options.LockInHighScoreThreshold)
        {
            // OrderByDescending is stable, so equal points keep the catalogue order L1..L13.
            var largest = score.Factors
                .Where(f => f.Points > 0m)
                .OrderByDescending(f => f.Points)
                .Take(FactorsNamed)
                .Select(f => $"{f.Label} ({Points(f.Points)} Punkte)");
            yield return new Finding(FindingKind.LockInHigh, Severity.Warning, score.Product,
                $"Hoher Lock-in: {score.Product.Name} ({Points(score.Score)} Punkte)",
                $"{name} erreicht einen Lock-in-Wert von {Points(score.Score)} von 100 Punkten, "
                + $"vor allem durch: {string.Join(", ", largest)}.");
        }
    }
}
