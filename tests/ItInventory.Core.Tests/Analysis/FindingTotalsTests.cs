using ItInventory.Core.Analysis;

namespace ItInventory.Core.Tests.Analysis;

/// <summary>A € total over findings counts each cause once: one increase seen from several angles is one amount.</summary>
public class FindingTotalsTests
{
    private static Finding Money(FindingKind kind, int productId, int year, decimal impact, string title = "Titel") =>
        new(kind, Severity.Warning, SubjectRef.Product(productId, $"Verfahren {productId}"), title, "Erklärung.", impact, year);

    [Fact]
    public void One_increase_reported_for_the_running_costs_and_for_maintenance_counts_once()
    {
        // The case from the issue: 18,270 € as "laufende Kosten" and 17,691 € as "Pflege", the same increase.
        var findings = new[]
        {
            Money(FindingKind.PriceIncrease, 1, 2026, 18_270m, "laufende Kosten"),
            Money(FindingKind.PriceIncrease, 1, 2026, 17_691m, "Pflege"),
            Money(FindingKind.ClauseBreach, 1, 2026, 12_000m),
            Money(FindingKind.CumulativePriceIncrease, 1, 2026, 25_000m),
        };

        Assert.Equal(25_000m, FindingTotals.DistinctImpact(findings));
        Assert.Single(FindingTotals.OnePerCause(findings));
    }

    public static TheoryData<string, decimal> Lists => new()
    {
        // description, expected total: the sum over distinct (subject, year) of the largest impact
        { "two products, same year", 300m },
        { "one product, two years", 250m },
        { "no money findings", 0m },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void The_total_is_the_sum_over_distinct_causes(string description, decimal expected)
    {
        Finding[] findings = description switch
        {
            "two products, same year" => [Money(FindingKind.PriceIncrease, 1, 2026, 100m), Money(FindingKind.PriceIncrease, 1, 2026, 80m), Money(FindingKind.PriceIncrease, 2, 2026, 200m)],
            "one product, two years" => [Money(FindingKind.PriceIncrease, 1, 2025, 50m), Money(FindingKind.PriceIncrease, 1, 2026, 200m), Money(FindingKind.ClauseBreach, 1, 2026, 150m)],
            _ => [new Finding(FindingKind.NoticeDeadline, Severity.Critical, SubjectRef.Contract(1, "V-1"), "Frist", "Erklärung.", 5_000m, 2026)],
        };

        Assert.Equal(expected, FindingTotals.DistinctImpact(findings));
        // Never more than the naive sum, and equal to it when nothing overlaps.
        Assert.True(FindingTotals.DistinctImpact(findings) <= findings.Where(f => ImpactSeverity.IsAboutMoney(f.Kind)).Sum(f => f.ImpactEuro ?? 0m));
    }
}
