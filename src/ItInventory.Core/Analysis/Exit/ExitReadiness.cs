using ItInventory.Core.Domain;
using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Core.Analysis.Exit;

public enum CheckState { Met, NotMet, Unknown }

public enum ReadinessLevel { Ready, WithPreparation, NotWithoutGroundwork }

/// <summary>One fact of the readiness checklist, with where it comes from.</summary>
/// <param name="Blocking">Without it leaving is not possible at all: no export, or nothing to switch to.</param>
public sealed record ReadinessCheck(string Label, CheckState State, string Basis, bool Blocking = false);

/// <summary>The checklist and the level derived from it, with the reasons in one sentence.</summary>
public sealed record ExitReadiness(IReadOnlyList<ReadinessCheck> Checks, ReadinessLevel Level, string Explanation)
{
    public static string LevelLabel(ReadinessLevel level) => level switch
    {
        ReadinessLevel.Ready => "bereit",
        ReadinessLevel.WithPreparation => "mit Vorbereitung",
        _ => "nicht möglich ohne Vorarbeit",
    };

    public static string StateLabel(CheckState state) => state switch
    {
        CheckState.Met => "erfüllt",
        CheckState.NotMet => "nicht erfüllt",
        _ => "unbekannt",
    };

    public string Label => LevelLabel(Level);
}

/// <summary>
/// Checks the facts the inventory already holds. The level: a blocking item not met (no machine-readable export, or
/// no alternative at all) means "nicht möglich ohne Vorarbeit"; everything met means "bereit"; anything else, a gap or
/// an unknown, "mit Vorbereitung".
/// </summary>
public static class ExitReadinessCheck
{
    public static ExitReadiness Evaluate(Product product, IReadOnlyList<Contract> contracts, ExitAssessment? assessment,
        bool supportsAStandard, bool standardsRecorded, DateOnly asOf, ExitOptions options)
    {
        var checks = new List<ReadinessCheck>
        {
            new("Vollständiger Export in maschinenlesbarem Format",
                product.HasOpenDataExport ? CheckState.Met : CheckState.NotMet,
                product.HasOpenDataExport ? (product.ExportCostsExtra ? "vorhanden, kostet extra" : "vorhanden") : "laut Produktdaten nicht vorhanden",
                Blocking: true),
            ExportTested(assessment, asOf, options),
            FromContracts("Datenrückgabeklausel", contracts, c => c.DataReturnClause),
            FromContracts("Ausstiegsunterstützung", contracts, c => c.ExitSupport),
            product.HasSourceCodeEscrow || contracts.Any(c => c.SourceCodeEscrow)
                ? new ReadinessCheck("Quellcode-Hinterlegung (Escrow)", CheckState.Met, product.HasSourceCodeEscrow ? "am Produkt erfasst" : "im Vertrag vereinbart")
                : FromContracts("Quellcode-Hinterlegung (Escrow)", contracts, c => c.SourceCodeEscrow),
            new("Dokumentierte Schnittstelle (API)", product.HasDocumentedApi ? CheckState.Met : CheckState.NotMet,
                product.HasDocumentedApi ? "laut Produktdaten vorhanden" : "laut Produktdaten keine"),
            new("Unterstützte Standards", supportsAStandard ? CheckState.Met : standardsRecorded ? CheckState.NotMet : CheckState.Unknown,
                supportsAStandard ? "mindestens ein Standard unterstützt" : standardsRecorded ? "kein Standard unterstützt" : "keine Angaben zu Standards"),
            Alternatives(product, assessment),
        };

        var blocked = checks.Where(c => c.Blocking && c.State == CheckState.NotMet).ToList();
        var open = checks.Where(c => c.State != CheckState.Met).ToList();
        var level = blocked.Count > 0 ? ReadinessLevel.NotWithoutGroundwork
            : open.Count == 0 ? ReadinessLevel.Ready : ReadinessLevel.WithPreparation;
        var explanation = level switch
        {
            ReadinessLevel.NotWithoutGroundwork =>
                $"Nicht möglich ohne Vorarbeit: {List(blocked)} fehlt; ohne das lässt sich der Anbieter nicht verlassen.",
            ReadinessLevel.Ready => "Bereit: alle Punkte der Checkliste sind erfüllt.",
            _ => $"Mit Vorbereitung: offen sind {List(open)}.",
        };
        return new ExitReadiness(checks, level, explanation);
    }

    private static ReadinessCheck ExportTested(ExitAssessment? assessment, DateOnly asOf, ExitOptions options)
    {
        const string label = "Export in den letzten 12 Monaten getestet";
        if (assessment?.ExportTestedOn is not { } tested)
            return new ReadinessCheck(label, CheckState.Unknown, "kein Test erfasst");
        var fresh = tested > asOf.AddMonths(-Math.Max(0, options.ExportTestValidMonths)) && tested <= asOf;
        return new ReadinessCheck(label, fresh ? CheckState.Met : CheckState.NotMet, $"zuletzt getestet am {Date(tested)}");
    }

    private static ReadinessCheck FromContracts(string label, IReadOnlyList<Contract> contracts, Func<Contract, bool> has)
    {
        if (contracts.Count == 0)
            return new ReadinessCheck(label, CheckState.Unknown, "kein Vertrag erfasst");
        var with = contracts.Where(has).Select(c => c.ContractNumber).ToList();
        return with.Count > 0
            ? new ReadinessCheck(label, CheckState.Met, $"vereinbart in {string.Join(", ", with)}")
            : new ReadinessCheck(label, CheckState.NotMet, "in keinem Vertrag vereinbart");
    }

    private static ReadinessCheck Alternatives(Product product, ExitAssessment? assessment)
    {
        const string label = "Alternativen am Markt";
        if (!string.IsNullOrWhiteSpace(assessment?.AlternativeName))
            return new ReadinessCheck(label, CheckState.Met, $"benannt: {assessment.AlternativeName}", Blocking: true);
        return product.AlternativeProducts > 0
            ? new ReadinessCheck(label, CheckState.Met, $"{product.AlternativeProducts} laut Produktdaten", Blocking: true)
            : new ReadinessCheck(label, CheckState.NotMet, "keine bekannt", Blocking: true);
    }

    private static string List(IEnumerable<ReadinessCheck> checks) =>
        string.Join(", ", checks.Select(c => $"{c.Label} ({ExitReadiness.StateLabel(c.State)})"));
}
