namespace ItInventory.Core.Analysis.Compliance;

/// <summary>One finding per compliance gap.</summary>
public static class ComplianceFindings
{
    public static IEnumerable<Finding> From(IEnumerable<ComplianceGap> gaps) =>
        gaps.Select(gap => new Finding(FindingKind.ComplianceGap, ComplianceChecker.SeverityOf(gap), gap.Product,
            $"{(gap.IsPartial ? "Standard nur teilweise" : "Standard fehlt")}: {gap.Product.Name} – {gap.StandardCode}",
            gap.Explanation));
}
