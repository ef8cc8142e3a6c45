using ItInventory.Core.Analysis.Exit;
using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Domain;
using ItInventory.Core.Formatting;
using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Web.Features.Vendors.Negotiation;

/// <summary>The folder's sentences and cells in German, the same on the page and in the workbook.</summary>
public static class NegotiationText
{
    /// <summary>Decisions due within this many days are named in the summary: the horizon of "Handlungsbedarf".</summary>
    public const int DecisionHorizonDays = 90;

    public static string Summary(NegotiationFolder f)
    {
        var year = f.AsOf.Year;
        var paid = f.PaidToVendorIn(year);
        var before = f.PaidToVendorIn(year - 1);
        var change = before == 0 ? "" : $" ({SignedPercent(paid / before - 1m)} gegenüber {year - 1})";
        var others = f.PaidToOthersIn(year);
        var horizon = f.AsOf.AddDays(DecisionHorizonDays);
        var due = f.Contracts.Count(c => c.Deadlines is { IsActive: true, DecisionDate: { } d } && d <= horizon);
        var findings = f.Findings.Count == 0 ? "keine Auffälligkeiten"
            : $"{f.Findings.Count} Auffälligkeiten, zusammen {Euro(f.DistinctImpact)} über Index oder Klausel (jede Ursache einmal gezählt)";
        return $"{year} an {f.VendorName} gezahlt: {Euro(paid)}{change}"
            + (others > 0 ? $"; an andere für dieselben Produkte (etwa ein Rechenzentrum): {Euro(others)}" : "")
            + $". {f.Products.Count} {(f.Products.Count == 1 ? "Produkt" : "Produkte")}, {f.Contracts.Count} {(f.Contracts.Count == 1 ? "Vertrag" : "Verträge")}"
            + $", davon {due} mit einer Entscheidung bis {Date(horizon)} (überfällige eingeschlossen); {findings}. Stand {Date(f.AsOf)}.";
    }

    /// <summary>"+13,0 % 2026 (VPI +2,2 %)": the latest yearly change of the running costs.</summary>
    public static string Change(PriceComparison? c) =>
        c is null ? "–" : $"{SignedPercent(c.ChangeRate)} {c.Year}" + (c.Index is { } index ? $" (VPI {SignedPercent(index.Rate)})" : "");

    public static string Cumulative(CumulativeChange? c) =>
        c is null ? "–" : $"{SignedPercent(c.ChangeRate)} {c.FromYear}–{c.ToYear} (VPI {SignedPercent(c.IndexRate)})";

    /// <summary>"ab 30.06.2028, mit Vorbereitung; amortisiert sich 2030": the exit option in one cell.</summary>
    public static string Exit(ExitResult? exit) =>
        exit is null ? "–"
        : $"{(exit.Dates.RealisticExit is { } date ? "ab " + Date(date) : "Termin unbekannt")}, {ExitReadiness.LevelLabel(exit.Readiness.Level)}; {exit.BreakEven.Verdict}";

    /// <summary>What the comparison can say about the vendor's products, and why it says no more.</summary>
    public static string ComparisonNote(NegotiationFolder f)
    {
        var c = f.Comparison;
        if (!c.TakesPart)
            return "Ihre Kommune nimmt nicht am Vergleich teil; Zahlen anderer Kommunen gibt es erst nach der Teilnahme (Vergleich → Teilnahme).";
        if (c.Linked == 0)
            return "Keines der Produkte ist mit dem gemeinsamen Marktkatalog verknüpft; ohne Verknüpfung lässt es sich nicht vergleichen.";
        var missing = c.WithoutGroup.Count == 0 ? ""
            : $" Ohne Vergleichszahlen, weil weniger als {c.MinimumGroup} Kommunen sie nutzen: {string.Join(", ", c.WithoutGroup)}.";
        return $"Laufende Kosten {c.Year} im Vergleich mit anderen Kommunen, die dasselbe Produkt nutzen (nur Gruppen ab {c.MinimumGroup} Kommunen, "
            + "Median geglättet und gerundet; keine einzelne Kommune ist erkennbar)." + missing;
    }

    public static string Clause(NegotiationContract c) => c.PriceAdjustment switch
    {
        PriceAdjustmentKind.FixedPercent when c.AgreedPercent is { } percent => $"{Labels.Of(c.PriceAdjustment)} {PercentFigure(percent)} p. a.",
        _ => Labels.Of(c.PriceAdjustment),
    };
}
