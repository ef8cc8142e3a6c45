using ItInventory.Core.Analysis;
using ItInventory.Core.Analysis.LockIn;
using static ItInventory.Core.Tests.Analysis.LockIn.LockInTestData;

namespace ItInventory.Core.Tests.Analysis.LockIn;

public class LockInFindingsTests
{
    [Theory]
    // No export (12) + no alternative (14) + no API (8) = 34: hard, not high.
    [InlineData(false, 0, 60, "LockInHard")]
    // The same with the threshold at 30: both.
    [InlineData(false, 0, 30, "LockInHard,LockInHigh")]
    // Export present, no alternative: 14 + 8 = 22, below 30.
    [InlineData(true, 0, 30, "")]
    public void Hard_and_high_lock_in_are_separate_findings(bool export, int alternatives, int threshold, string expected)
    {
        var options = new AnalysisOptions { LockInHighScoreThreshold = threshold };
        var product = FreeProduct();
        product.HasOpenDataExport = export;
        product.AlternativeProducts = alternatives;
        product.HasDocumentedApi = false;

        var findings = LockInFindings.From(new LockInScorer(options).Score(product, FreeContext()), options);

        Assert.Equal(expected, string.Join(",", findings.Select(f => f.Kind)));
    }

    [Fact]
    public void Explanations_name_the_largest_factors_with_their_points()
    {
        var options = new AnalysisOptions { LockInHighScoreThreshold = 30 };
        var product = FreeProduct();
        product.HasOpenDataExport = false;
        product.AlternativeProducts = 0;
        product.HasDocumentedApi = false;
        product.KnowHowOnlyAtVendor = true;

        var findings = LockInFindings.From(new LockInScorer(options).Score(product, FreeContext()), options).ToList();

        Assert.Equal(
            "Für „Ratsinfo Offen“ gibt es keinen vollständigen maschinenlesbaren Export und am Markt kein alternatives Produkt, ein Ausstieg ist damit praktisch ausgeschlossen.",
            findings[0].Explanation);
        Assert.Equal(
            "„Ratsinfo Offen“ erreicht einen Lock-in-Wert von 39,0 von 100 Punkten, vor allem durch: Keine Alternativen am Markt (14,0 Punkte), Kein offener Datenexport (12,0 Punkte), Keine dokumentierte Schnittstelle (8,0 Punkte).",
            findings[1].Explanation);
        Assert.Equal((Severity.Critical, Severity.Warning), (findings[0].Severity, findings[1].Severity));
    }
}
