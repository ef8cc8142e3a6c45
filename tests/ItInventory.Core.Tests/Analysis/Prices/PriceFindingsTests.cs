using ItInventory.Core.Analysis;
using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Domain;
using static ItInventory.Core.Tests.Analysis.Prices.Lines;

namespace ItInventory.Core.Tests.Analysis.Prices;

public class PriceFindingsTests
{
    private static readonly AnalysisOptions Options = new();
    private static readonly SubjectRef Product = SubjectRef.Product(1, "Meldewesen Pro");
    private static readonly SubjectRef ContractRef = SubjectRef.Contract(7, "V-7 Pflege");

    private static List<Finding> FindingsFor(IReadOnlyCollection<CostLine> lines, PriceClause? clause = null) =>
        PriceFindings.From(new PriceIncreaseAnalyzer(Options).Analyze(new PriceSeries(Product, lines, null, clause), Vpi.Index), Options).ToList();

    public static TheoryData<CostLine[], string> IncreaseSentences => new()
    {
        {
            [Actual(2023, 40_000m), Actual(2024, 45_200m)],
            "Die Pflegekosten für „Meldewesen Pro“ stiegen 2024 um 13,0 % (VPI: +2,2 %), 10,8 Prozentpunkte über dem Index; Mehrkosten über Index: 4.309 €."
        },
        {
            [Actual(2023, 10_000m, quantity: 100), Actual(2024, 13_200m, quantity: 120)],
            "Die Pflegekosten für „Meldewesen Pro“ stiegen 2024 je Einheit um 10,0 % (Menge 100 → 120; VPI: +2,2 %), 7,8 Prozentpunkte über dem Index; Mehrkosten über Index: 933 €."
        },
        {
            [Actual(2025, 100_000m), Plan(2026, 112_600m)],
            "Die Pflegekosten für „Meldewesen Pro“ stiegen 2026 laut Plan um 12,6 % (VPI: +2,2 %, vorläufig, für 2026 fortgeschrieben mit der Jahresänderung 2025), 10,4 Prozentpunkte über dem Index; Mehrkosten über Index: 10.421 €."
        },
        {
            [Actual(2021, 1_000m, CostType.Hosting), Actual(2022, 1_100m, CostType.Hosting)],
            "Die Hosting- und RZ-Kosten für „Meldewesen Pro“ stiegen 2022 um 10,0 % (VPI: +6,9 %), 3,1 Prozentpunkte über dem Index; Mehrkosten über Index: 31,13 €."
        },
    };

    [Theory]
    [MemberData(nameof(IncreaseSentences))]
    public void Increase_is_explained_in_one_German_sentence_with_its_numbers(CostLine[] lines, string expected)
    {
        Assert.Equal(expected, Assert.Single(FindingsFor(lines)).Explanation);
    }

    [Theory]
    [InlineData("45200", Severity.Critical)] // 10.8 pp over the index
    [InlineData("44000", Severity.Warning)]  // 7.8 pp
    public void Severity_turns_critical_above_the_configured_excess(string amount2024, Severity expected)
    {
        var finding = Assert.Single(FindingsFor([Actual(2023, 40_000m), Actual(2024, decimal.Parse(amount2024))]));

        Assert.Equal((FindingKind.PriceIncrease, expected, 2024), (finding.Kind, finding.Severity, finding.Year!.Value));
    }

    [Theory]
    [InlineData(PriceAdjustmentKind.FixedPercent, "3", "10500",
        "Die Pflegekosten für „Meldewesen Pro“ stiegen 2024 um 5,0 %, obwohl Vertrag „V-7 Pflege“ höchstens 3,0 % pro Jahr erlaubt; Mehrkosten gegenüber der Klausel: 200 €.")]
    [InlineData(PriceAdjustmentKind.IndexLinked, null, "10300",
        "Die Pflegekosten für „Meldewesen Pro“ stiegen 2024 um 3,0 %, obwohl Vertrag „V-7 Pflege“ nur eine Anpassung in Höhe des VPI (+2,2 %) erlaubt; Mehrkosten gegenüber der Klausel: 77,21 €.")]
    public void Clause_breach_names_the_contract_and_the_excess(PriceAdjustmentKind kind, string? percent, string amount2024, string expected)
    {
        var findings = FindingsFor([Actual(2023, 10_000m), Actual(2024, decimal.Parse(amount2024))],
            new PriceClause(kind, percent is null ? null : decimal.Parse(percent), ContractRef));

        var breach = Assert.Single(findings, f => f.Kind == FindingKind.ClauseBreach);
        Assert.Equal((expected, Severity.Critical), (breach.Explanation, breach.Severity));
    }

    [Fact]
    public void Unilateral_clause_is_a_finding_about_the_contract_even_without_an_increase()
    {
        var finding = Assert.Single(FindingsFor([Actual(2023, 10_000m), Actual(2024, 10_000m)],
            new PriceClause(PriceAdjustmentKind.Unilateral, null, ContractRef)));

        Assert.Equal((FindingKind.UnilateralClause, ContractRef), (finding.Kind, finding.Subject));
        Assert.Equal("Vertrag „V-7 Pflege“ erlaubt dem Anbieter einseitige Preiserhöhungen, die Kosten sind damit weder an einen Index noch an einen festen Satz gebunden.",
            finding.Explanation);
    }

    [Fact]
    public void Cumulative_increase_is_reported_over_at_least_two_years()
    {
        var findings = FindingsFor([Actual(2021, 10_000m), Actual(2022, 11_000m), Actual(2023, 12_100m), Actual(2024, 12_705m)]);

        Assert.Equal([2022, 2023, 2024], findings.Where(f => f.Kind == FindingKind.PriceIncrease).Select(f => f.Year!.Value));
        var cumulative = Assert.Single(findings, f => f.Kind == FindingKind.CumulativePriceIncrease);
        Assert.Equal(
            "Die laufenden Kosten für „Meldewesen Pro“ stiegen von 2021 bis 2024 um 27,1 % (VPI: +15,7 %), 11,4 Prozentpunkte über dem Index; Mehrkosten über Index im Jahr 2024: 1.134 €.",
            cumulative.Explanation);
        Assert.Equal(1_133.71m, cumulative.ImpactEuro);
    }

    [Theory]
    // One cost type: its finding only (the total would repeat it).
    [InlineData("10000,11000", null, "Meldewesen Pro: Pflege 2024 +10,0 %", "")]
    // Two cost types rose above the index: one finding for the running costs, the two types as its detail.
    [InlineData("10000,11000", "5000,5500", "Meldewesen Pro: Laufende Kosten 2024 +10,0 %", " Ebenfalls über dem Index: Pflege +10,0 %, Hosting/RZ +10,0 %.")]
    // Only maintenance rose: its finding tells most, the total that it lifted above the index is its detail.
    [InlineData("10000,12000", "5000,5000", "Meldewesen Pro: Pflege 2024 +20,0 %", " Ebenfalls über dem Index: Laufende Kosten +13,3 %.")]
    // Only maintenance rose, and hosting fell so far that the total stays within the index: the type alone.
    [InlineData("10000,12000", "5000,3000", "Meldewesen Pro: Pflege 2024 +20,0 %", "")]
    public void One_increase_is_one_finding_at_its_most_telling_level(string maintenance, string? hosting, string title, string detail)
    {
        List<CostLine> lines = [.. Pair(maintenance, CostType.Maintenance)];
        if (hosting is not null)
            lines.AddRange(Pair(hosting, CostType.Hosting));

        var finding = Assert.Single(FindingsFor(lines), f => f.Kind == FindingKind.PriceIncrease);

        Assert.Equal(title, finding.Title);
        Assert.Equal(detail, finding.Explanation.Contains(" Ebenfalls", StringComparison.Ordinal)
            ? finding.Explanation[finding.Explanation.IndexOf(" Ebenfalls", StringComparison.Ordinal)..] : "");
    }

    private static CostLine[] Pair(string amounts, CostType type)
    {
        var values = amounts.Split(',').Select(decimal.Parse).ToArray();
        return [Actual(2023, values[0], type), Actual(2024, values[1], type)];
    }

    [Theory]
    // Increases in three years, a cumulative increase and a breach of a 3 % clause: every kind but the unilateral one.
    [InlineData(PriceAdjustmentKind.FixedPercent, "ClauseBreach,UnilateralClause")]
    [InlineData(PriceAdjustmentKind.FixedPercent, "CumulativePriceIncrease")]
    [InlineData(PriceAdjustmentKind.FixedPercent, "PriceIncrease")]
    [InlineData(PriceAdjustmentKind.Unilateral, "ClauseBreach,UnilateralClause")]
    [InlineData(PriceAdjustmentKind.Unilateral, "PriceIncrease,CumulativePriceIncrease")]
    public void Asking_for_some_kinds_gives_exactly_those_findings_in_the_same_order(PriceAdjustmentKind clauseKind, string kinds)
    {
        var analysis = new PriceIncreaseAnalyzer(Options).Analyze(new PriceSeries(Product,
            [Actual(2021, 10_000m), Actual(2022, 11_000m), Actual(2023, 12_100m), Actual(2024, 12_705m)], null,
            new PriceClause(clauseKind, clauseKind == PriceAdjustmentKind.FixedPercent ? 3m : null, ContractRef)), Vpi.Index);
        var only = kinds.Split(',').Select(Enum.Parse<FindingKind>).ToHashSet();

        var expected = PriceFindings.From(analysis, Options).Where(f => only.Contains(f.Kind)).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, PriceFindings.From(analysis, Options, only));
    }
}
