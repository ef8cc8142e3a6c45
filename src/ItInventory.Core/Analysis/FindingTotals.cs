namespace ItInventory.Core.Analysis;

/// <summary>
/// Money totals over a list of findings, counting each cause once. One increase of a product in a year is seen from
/// several angles: the running costs as a whole, each cost type, the contract's clause, the cumulative increase up to
/// that year. Each states the same money, so adding them counted it two or three times (one edit raised the total of
/// "Auffälligkeiten" by 67 k€). Per subject and year the largest of them stands for all.
/// </summary>
public static class FindingTotals
{
    public static decimal DistinctImpact(IEnumerable<Finding> findings) =>
        OnePerCause(findings).Sum(f => f.ImpactEuro ?? 0m);

    /// <summary>The money findings with the largest impact per subject and year, largest first.</summary>
    public static IReadOnlyList<Finding> OnePerCause(IEnumerable<Finding> findings) =>
        findings
            .Where(f => ImpactSeverity.IsAboutMoney(f.Kind) && f.ImpactEuro is not null)
            .GroupBy(f => (f.Subject.Kind, f.Subject.Id, f.Year))
            .Select(g => g.MaxBy(f => f.ImpactEuro)!)
            .OrderByDescending(f => f.ImpactEuro)
            .ThenBy(f => f.Subject.Name, StringComparer.Ordinal)
            .ToList();
}
