using ItInventory.Core.Domain;
using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Core.Analysis.LockIn;

/// <summary>The rule of each indicator L1-L13: from the product's facts to a fraction between 0 and 1 and a German reason.</summary>
internal sealed class IndicatorRules(AnalysisOptions options)
{
    public IndicatorEvaluation Evaluate(LockInIndicator indicator, Product product, LockInContext context) => indicator.Code switch
    {
        "L1" => DataFormat(product),
        "L2" => product.HasDocumentedApi
            ? IndicatorEvaluation.None("Eine dokumentierte Schnittstelle ist vorhanden.")
            : IndicatorEvaluation.Full("Es gibt keine dokumentierte Schnittstelle (OpenAPI, WSDL oder XÖV)."),
        "L3" => Export(product),
        "L4" => Alternatives(product),
        "L5" => ContractBinding(context),
        "L6" => SwitchingCost(product, context),
        "L7" => product.HasSourceCodeEscrow || context.Contracts.Any(c => c.SourceCodeEscrow)
            ? IndicatorEvaluation.None("Quellcode-Escrow ist vereinbart oder der Quellcode ist offen.")
            : IndicatorEvaluation.Full("Weder Produkt noch Vertrag sehen Quellcode-Escrow vor."),
        "L8" => product.HostedOnlyByVendor
            ? IndicatorEvaluation.Full("Das Produkt läuft nur beim Anbieter, ein anderer Betreiber ist nicht möglich.")
            : IndicatorEvaluation.None("Der Betreiber ist wählbar."),
        "L9" => product.BundledWithVendorSuite
            ? IndicatorEvaluation.Full("Das Produkt ist mit weiteren Produkten des Anbieters gebündelt.")
            : IndicatorEvaluation.None("Das Produkt ist nicht mit anderen Produkten des Anbieters gebündelt."),
        "L10" => PriceBehaviour(context),
        "L11" => Lifecycle(product),
        "L12" => Jurisdiction(product, context),
        "L13" => product.KnowHowOnlyAtVendor
            ? IndicatorEvaluation.Full("Das Betriebswissen liegt nur beim Anbieter.")
            : IndicatorEvaluation.None("Betriebswissen ist auch im Haus vorhanden."),
        _ => IndicatorEvaluation.NotAssessed($"Für den Indikator {indicator.Code} gibt es keine Regel."),
    };

    /// <summary>L1: proprietary data, or no standard supported at all; standards supported only partially count half.</summary>
    private static IndicatorEvaluation DataFormat(Product product)
    {
        if (product.ProprietaryDataFormat)
            return IndicatorEvaluation.Full("Die Daten liegen nur in einem proprietären Format vor.");
        var supported = product.StandardSupport.Count(s => s.Status == SupportStatus.Supported);
        var partial = product.StandardSupport.Count(s => s.Status == SupportStatus.Partial);
        if (supported > 0)
            return IndicatorEvaluation.None($"Das Produkt unterstützt {Count(supported, "Standard", "Standards")} vollständig.");
        return partial > 0
            ? IndicatorEvaluation.Part(0.5m, $"Das Produkt unterstützt {Count(partial, "Standard", "Standards")} nur teilweise und keinen vollständig.")
            : IndicatorEvaluation.Full("Das Produkt unterstützt keinen Standard.");
    }

    /// <summary>L3: an export that costs extra is an exit with a toll, so half.</summary>
    private static IndicatorEvaluation Export(Product product) => (product.HasOpenDataExport, product.ExportCostsExtra) switch
    {
        (false, _) => IndicatorEvaluation.Full("Ein vollständiger Export in einem maschinenlesbaren Format fehlt."),
        (true, true) => IndicatorEvaluation.Part(0.5m, "Ein maschinenlesbarer Export ist vorhanden, wird aber gesondert berechnet."),
        _ => IndicatorEvaluation.None("Ein vollständiger maschinenlesbarer Export ist ohne Zusatzkosten verfügbar."),
    };

    /// <summary>L4: one alternative still leaves a tender without competition in practice; three make a market.</summary>
    private static IndicatorEvaluation Alternatives(Product product) => Math.Max(0, product.AlternativeProducts) switch
    {
        0 => IndicatorEvaluation.Full("Am Markt gibt es kein alternatives Produkt."),
        1 => IndicatorEvaluation.Part(0.75m, "Am Markt gibt es nur ein alternatives Produkt."),
        2 => IndicatorEvaluation.Part(0.4m, "Am Markt gibt es nur 2 alternative Produkte."),
        var n => IndicatorEvaluation.None($"Am Markt gibt es {n} alternative Produkte."),
    };

    /// <summary>L5: each of long term, tacit renewal and long notice is a third; the most binding contract counts.</summary>
    private IndicatorEvaluation ContractBinding(LockInContext context)
    {
        if (context.Contracts.Count == 0)
            return IndicatorEvaluation.NotAssessed("Es ist kein laufender Vertrag erfasst.");

        var (contract, reasons) = context.Contracts
            .Select(c => (Contract: c, Reasons: BindingReasons(c)))
            .OrderByDescending(x => x.Reasons.Count)
            .First();
        if (reasons.Count == 0)
        {
            return IndicatorEvaluation.None(
                $"Kein Vertrag bindet durch eine Laufzeit über {options.LongMinimumTermMonths} Monate, "
                + $"stillschweigende Verlängerung oder eine Kündigungsfrist über {options.LongNoticePeriodMonths} Monate.");
        }
        return IndicatorEvaluation.Part(reasons.Count / 3m,
            $"Vertrag {Quoted(Deadlines.DeadlineFindings.NameOf(contract))} bindet durch {JoinGerman(reasons)}.");
    }

    private List<string> BindingReasons(Contract contract)
    {
        var reasons = new List<string>();
        var termMonths = TermMonths(contract);
        if (termMonths > options.LongMinimumTermMonths)
            reasons.Add($"eine Laufzeit von {termMonths} Monaten");
        if (contract.TermKind == ContractTermKind.Renewing && contract.TacitRenewal)
            reasons.Add("stillschweigende Verlängerung");
        if (contract.NoticePeriodMonths > options.LongNoticePeriodMonths)
            reasons.Add($"eine Kündigungsfrist von {contract.NoticePeriodMonths} Monaten");
        return reasons;
    }

    private static int TermMonths(Contract contract)
    {
        if (contract.TermKind != ContractTermKind.FixedEnd || contract.FixedEnd is not { } end)
            return contract.MinimumTermMonths;
        var dayAfter = end.PlusDays(1);
        return (dayAfter.Year - contract.Start.Year) * 12 + dayAfter.Month - contract.Start.Month;
    }

    /// <summary>L6: migration cost in annual running costs; the configured ratio (default 3) counts fully.</summary>
    private IndicatorEvaluation SwitchingCost(Product product, LockInContext context)
    {
        if (product.EstimatedMigrationCost is not { } migration || context.AnnualRunningCost is not > 0m)
            return IndicatorEvaluation.NotAssessed("Migrationskosten oder laufende Jahreskosten sind nicht erfasst.");
        var running = context.AnnualRunningCost.Value;
        var ratio = migration / running;
        var full = options.MigrationCostRatioForFullScore > 0m ? options.MigrationCostRatioForFullScore : 1m;
        return IndicatorEvaluation.Part(Math.Clamp(ratio / full, 0m, 1m),
            $"Die geschätzten Migrationskosten von {Euro(migration)} entsprechen dem {Number(ratio, 1)}-Fachen "
            + $"der jährlichen laufenden Kosten von {Euro(running)}.");
    }

    /// <summary>L10: a unilateral clause or a cumulative increase above the index is market power in use; a single year is half.</summary>
    private static IndicatorEvaluation PriceBehaviour(LockInContext context)
    {
        var unilateral = context.Prices?.UnilateralClause == true
                         || context.Contracts.Any(c => c.PriceAdjustment == PriceAdjustmentKind.Unilateral);
        if (unilateral)
            return IndicatorEvaluation.Full("Ein Vertrag erlaubt dem Anbieter einseitige Preiserhöhungen.");
        if (context.Prices is not { HasComparisons: true } prices)
            return IndicatorEvaluation.NotAssessed("Es liegen keine vergleichbaren Kosten aus zwei Jahren vor.");
        if (prices.CumulativeAboveIndex)
            return IndicatorEvaluation.Full("Die Kosten stiegen über die Jahre stärker als der VPI zuzüglich Toleranz.");
        return prices.AnyYearAboveIndex
            ? IndicatorEvaluation.Part(0.5m, "In mindestens einem Jahr stiegen die Kosten stärker als der VPI zuzüglich Toleranz, insgesamt aber nicht.")
            : IndicatorEvaluation.None("Die Kosten stiegen nicht stärker als der VPI zuzüglich Toleranz.");
    }

    private static IndicatorEvaluation Lifecycle(Product product) => (product.VendorForcedUpgrades, product.EndOfLifeAnnounced) switch
    {
        (true, true) => IndicatorEvaluation.Full("Der Anbieter erzwingt Versionswechsel und hat das Produktende angekündigt."),
        (true, false) => IndicatorEvaluation.Full("Der Anbieter erzwingt Versionswechsel."),
        (false, true) => IndicatorEvaluation.Full("Der Anbieter hat das Produktende angekündigt."),
        _ => IndicatorEvaluation.None("Weder erzwungene Versionswechsel noch eine Abkündigung sind bekannt."),
    };

    /// <summary>L12: the operator's jurisdiction matters as much as the vendor's, because it holds the data.</summary>
    private static IndicatorEvaluation Jurisdiction(Product product, LockInContext context)
    {
        var vendor = context.Vendor ?? product.Vendor;
        if (vendor is null)
            return IndicatorEvaluation.NotAssessed("Der Anbieter ist nicht erfasst.");
        if (!vendor.IsInEu)
            return IndicatorEvaluation.Full($"Der Anbieter {Quoted(vendor.Name)} hat seinen Sitz außerhalb der EU ({vendor.Country}).");
        var operatorVendor = context.OperatorVendor ?? product.OperatorVendor;
        return operatorVendor is { IsInEu: false }
            ? IndicatorEvaluation.Full($"Der Betreiber {Quoted(operatorVendor.Name)} hat seinen Sitz außerhalb der EU ({operatorVendor.Country}).")
            : IndicatorEvaluation.None("Anbieter und Betreiber haben ihren Sitz in der EU.");
    }

    private static string Count(int n, string singular, string plural) => n == 1 ? $"einen {singular}" : $"{n} {plural}";

    private static string JoinGerman(IReadOnlyList<string> parts) =>
        parts.Count == 1 ? parts[0] : $"{string.Join(", ", parts.Take(parts.Count - 1))} und {parts[^1]}";
}
