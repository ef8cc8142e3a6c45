using ItInventory.Core.Analysis.Exit;
using ItInventory.Core.Domain;

namespace ItInventory.Core.Tests.Analysis.Exit;

public class ExitReadinessTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 6);

    /// <summary>
    /// Facts by letter: e export, t export tested within 12 months (T: tested long ago), r data return, s exit support,
    /// w escrow, a API, n a supported standard (N: standards recorded, none supported), m alternatives on the market,
    /// c a contract at all. Missing letters are "no".
    /// </summary>
    private static ExitReadiness Evaluate(string facts)
    {
        var product = new Product
        {
            HasOpenDataExport = facts.Contains('e'),
            HasDocumentedApi = facts.Contains('a'),
            AlternativeProducts = facts.Contains('m') ? 2 : 0,
        };
        List<Contract> contracts = facts.Contains('c')
            ? [new Contract { ContractNumber = "V-1", DataReturnClause = facts.Contains('r'), ExitSupport = facts.Contains('s'), SourceCodeEscrow = facts.Contains('w') }]
            : [];
        var assessment = new ExitAssessment
        {
            ExportTestedOn = facts.Contains('t') ? AsOf.AddMonths(-3) : facts.Contains('T') ? AsOf.AddMonths(-13) : null,
        };
        return ExitReadinessCheck.Evaluate(product, contracts, assessment, facts.Contains('n'), facts.Contains('n') || facts.Contains('N'), AsOf, new ExitOptions());
    }

    [Theory]
    [InlineData("etrswanmc", ReadinessLevel.Ready, "Bereit: alle Punkte der Checkliste sind erfüllt.")]
    // One gap or one unknown needs preparation.
    [InlineData("eTrswanmc", ReadinessLevel.WithPreparation, "Mit Vorbereitung: offen sind Export in den letzten 12 Monaten getestet (nicht erfüllt).")]
    [InlineData("erswanmc", ReadinessLevel.WithPreparation, "Mit Vorbereitung: offen sind Export in den letzten 12 Monaten getestet (unbekannt).")]
    [InlineData("etswanmc", ReadinessLevel.WithPreparation, "Mit Vorbereitung: offen sind Datenrückgabeklausel (nicht erfüllt).")]
    [InlineData("etanm", ReadinessLevel.WithPreparation, null)] // no contract: its clauses are unknown
    // No export or no alternative blocks the exit.
    [InlineData("trswanmc", ReadinessLevel.NotWithoutGroundwork, "Nicht möglich ohne Vorarbeit: Vollständiger Export in maschinenlesbarem Format (nicht erfüllt) fehlt; ohne das lässt sich der Anbieter nicht verlassen.")]
    [InlineData("etrswanc", ReadinessLevel.NotWithoutGroundwork, null)]
    [InlineData("c", ReadinessLevel.NotWithoutGroundwork, null)]
    public void Level_follows_the_checklist(string facts, ReadinessLevel level, string? explanation)
    {
        var readiness = Evaluate(facts);

        Assert.Equal(level, readiness.Level);
        if (explanation is not null)
            Assert.Equal(explanation, readiness.Explanation);
    }

    [Theory]
    [InlineData("etanm", "Datenrückgabeklausel", CheckState.Unknown)]
    [InlineData("etamN", "Unterstützte Standards", CheckState.NotMet)]
    [InlineData("etam", "Unterstützte Standards", CheckState.Unknown)]
    [InlineData("eTanm", "Export in den letzten 12 Monaten getestet", CheckState.NotMet)]
    [InlineData("etanmcw", "Quellcode-Hinterlegung (Escrow)", CheckState.Met)]
    public void Each_item_is_met_not_met_or_unknown(string facts, string item, CheckState state) =>
        Assert.Equal(state, Evaluate(facts).Checks.Single(c => c.Label == item).State);

    [Fact]
    public void A_named_alternative_counts_even_when_the_market_data_has_none()
    {
        var product = new Product { HasOpenDataExport = true };
        var readiness = ExitReadinessCheck.Evaluate(product, [], new ExitAssessment { AlternativeName = "OpenMeld" }, false, false, AsOf, new ExitOptions());

        Assert.NotEqual(ReadinessLevel.NotWithoutGroundwork, readiness.Level);
    }
}
