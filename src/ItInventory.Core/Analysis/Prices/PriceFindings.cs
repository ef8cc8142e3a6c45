using ItInventory.Core.Domain;
using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Core.Analysis.Prices;

/// <summary>
/// Findings from a price analysis: one increase per year at its most telling level (see <see cref="OneIncrease"/>),
/// the cumulative increase when it spans at least two years, clause breaches per cost type, unilateral clauses.
/// </summary>
public static class PriceFindings
{
    /// <param name="only">The kinds wanted, when not all: the others are then not even worded, which the engine relies on
    /// to check a contract's clause without formatting every increase of its products again.</param>
    public static IEnumerable<Finding> From(PriceAnalysis analysis, AnalysisOptions options, IReadOnlySet<FindingKind>? only = null)
    {
        var name = Quoted(analysis.Subject.Name);
        bool Wanted(FindingKind kind) => only is null || only.Contains(kind);

        if (Wanted(FindingKind.PriceIncrease) || Wanted(FindingKind.ClauseBreach))
        {
            foreach (var year in analysis.Comparisons.GroupBy(c => c.Year))
            {
                var byType = year.Where(c => c.CostType is not null).ToList();
                if (Wanted(FindingKind.PriceIncrease) && OneIncrease(year.FirstOrDefault(c => c.CostType is null), byType) is var (telling, others))
                    yield return Increase(analysis.Subject, name, telling, others, options);
                if (Wanted(FindingKind.ClauseBreach))
                    foreach (var comparison in byType.Where(c => c.Clause?.Breached == true))
                        yield return Breach(analysis, name, comparison);
            }
        }

        if (Wanted(FindingKind.CumulativePriceIncrease) && analysis.Cumulative is { AboveIndexTolerance: true, ComparedYears: >= 2 } cumulative)
            yield return Cumulative(analysis.Subject, name, cumulative);

        if (Wanted(FindingKind.UnilateralClause) && analysis.HasUnilateralClause)
        {
            var contract = analysis.Clause!.Contract;
            yield return new Finding(FindingKind.UnilateralClause, Severity.Warning, contract ?? analysis.Subject,
                $"Einseitige Preisklausel: {(contract ?? analysis.Subject).Name}",
                $"{ContractPhrase(contract, capital: true)} erlaubt dem Anbieter einseitige Preiserhöhungen, "
                + "die Kosten sind damit weder an einen Index noch an einen festen Satz gebunden.");
        }
    }

    /// <summary>
    /// One increase of a product in a year is one finding, at the level that tells most (the issue of a user who saw
    /// "laufende Kosten" and "Pflege" side by side, 18,270 € and 17,691 €, for one rise): the one cost type that rose
    /// above the index; the running costs as a whole when several did; the total alone when none did on its own. The
    /// other flagged levels become the finding's detail. Null when nothing rose above the index.
    /// </summary>
    internal static (PriceComparison Telling, IReadOnlyList<PriceComparison> Others)? OneIncrease(PriceComparison? total, IReadOnlyList<PriceComparison> byType)
    {
        // With a single cost type the total is the same comparison again, so it is never a level of its own.
        var overall = byType.Count > 1 && total is { AboveIndexTolerance: true } ? total : null;
        var flaggedTypes = byType.Where(c => c.AboveIndexTolerance).OrderByDescending(c => c.ImpactOverIndex ?? 0m).ToList();
        var telling = flaggedTypes.Count switch
        {
            0 => overall,
            1 => flaggedTypes[0],
            _ => overall ?? flaggedTypes[0],
        };
        if (telling is null)
            return null;
        List<PriceComparison> others = [.. flaggedTypes.Where(c => !ReferenceEquals(c, telling))];
        if (overall is not null && !ReferenceEquals(overall, telling))
            others.Add(overall);
        return (telling, others);
    }

    private static Finding Increase(SubjectRef subject, string name, PriceComparison c, IReadOnlyList<PriceComparison> others, AnalysisOptions options)
    {
        var excess = c.ExcessOverIndexPoints!.Value;
        var severity = excess > options.PriceCriticalOverIndexPercentagePoints ? Severity.Critical : Severity.Warning;
        var details = string.Join("; ", new[] { QuantityText(c), IndexText(c.Index!) }.OfType<string>());
        var also = others.Count == 0 ? ""
            : $" Ebenfalls über dem Index: {string.Join(", ", others.Select(o => $"{CostTypeNames.Label(o.CostType)} {SignedPercent(o.ChangeRate)}"))}.";
        return new Finding(FindingKind.PriceIncrease, severity, subject,
            $"{subject.Name}: {CostTypeNames.Label(c.CostType)} {c.Year} {SignedPercent(c.ChangeRate)}",
            $"Die {CostTypeNames.CostsNoun(c.CostType)} für {name} stiegen {c.Year}{BasisText(c.Basis, c.PreviousBasis)}"
            + $"{(c.IsPerUnit ? " je Einheit" : "")} um {Percent(c.ChangeRate)} ({details}), "
            + $"{Points(excess)} Prozentpunkte über dem Index; Mehrkosten über Index: {Euro(c.ImpactOverIndex!.Value)}.{also}",
            c.ImpactOverIndex, c.Year);
    }

    private static Finding Breach(PriceAnalysis analysis, string name, PriceComparison c)
    {
        var check = c.Clause!;
        var allowed = check.Kind == PriceAdjustmentKind.IndexLinked
            ? $"nur eine Anpassung in Höhe des VPI ({SignedPercent(check.AllowedRate)}) erlaubt"
            : $"höchstens {Percent(check.AllowedRate)} pro Jahr erlaubt";
        var quantity = QuantityText(c) is { } q ? $" ({q})" : "";
        return new Finding(FindingKind.ClauseBreach, Severity.Critical, analysis.Subject,
            $"Preisklausel überschritten: {analysis.Subject.Name}, {CostTypeNames.Label(c.CostType)} {c.Year}",
            $"Die {CostTypeNames.CostsNoun(c.CostType)} für {name} stiegen {c.Year}{BasisText(c.Basis, c.PreviousBasis)}"
            + $"{(c.IsPerUnit ? " je Einheit" : "")} um {Percent(c.ChangeRate)}{quantity}, obwohl "
            + $"{ContractPhrase(analysis.Clause!.Contract, capital: false)} {allowed}; "
            + $"Mehrkosten gegenüber der Klausel: {Euro(check.ExcessAmount)}.",
            check.ExcessAmount, c.Year);
    }

    private static Finding Cumulative(SubjectRef subject, string name, CumulativeChange c)
    {
        var index = $"VPI: {SignedPercent(c.IndexRate)}{(c.IndexEstimated ? ", teils fortgeschrieben" : "")}";
        return new Finding(FindingKind.CumulativePriceIncrease, Severity.Warning, subject,
            $"{subject.Name}: {c.FromYear}–{c.ToYear} {SignedPercent(c.ChangeRate)}",
            $"Die laufenden Kosten für {name} stiegen von {c.FromYear} bis {c.ToYear}{BasisText(c.Basis, ValueBasis.Actual)}"
            + $"{(c.IsPerUnit ? " mengenbereinigt" : "")} um {Percent(c.ChangeRate)} ({index}), "
            + $"{Points(c.ExcessOverIndexPoints)} Prozentpunkte über dem Index; "
            + $"Mehrkosten über Index im Jahr {c.ToYear}: {Euro(c.ImpactOverIndex)}.",
            c.ImpactOverIndex, c.ToYear);
    }

    private static string IndexText(IndexChange index) =>
        $"VPI: {SignedPercent(index.Rate)}"
        + (index.IsPreliminary ? ", vorläufig" : "")
        + (index.IsEstimated ? $", für {index.ToYear} fortgeschrieben mit der Jahresänderung {index.CarriedForwardFromYear}" : "");

    private static string? QuantityText(PriceComparison c) =>
        c.IsPerUnit && c.PreviousQuantity is { } before && c.Quantity is { } after
            ? $"Menge {before.ToString("N0", German)} → {after.ToString("N0", German)}"
            : null;

    /// <summary>"laut Plan" when the year itself is planned; "teils" when plan values enter in any other way.</summary>
    private static string BasisText(ValueBasis basis, ValueBasis previousBasis) => (basis, previousBasis) switch
    {
        (ValueBasis.Plan, _) => " laut Plan",
        (ValueBasis.Actual, ValueBasis.Actual) => "",
        _ => " teils laut Plan",
    };

    private static string ContractPhrase(SubjectRef? contract, bool capital) =>
        contract is null ? (capital ? "Der Vertrag" : "der Vertrag") : $"Vertrag {Quoted(contract.Name)}";
}
