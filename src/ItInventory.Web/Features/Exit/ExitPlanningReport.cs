using ItInventory.Core.Analysis.Exit;
using ItInventory.Web.Features.Reports;

namespace ItInventory.Web.Features.Exit;

/// <summary>
/// "Ausstiegsplanung" for procurement: the exit list as on the page /ausstieg (realistic exit first), and every
/// switching-cost item per product with its basis; numbers as numbers, dates as dates, totals by SUBTOTAL.
/// </summary>
public sealed class ExitPlanningReport(ExitService exits) : IReport
{
    public ReportDefinition Definition => ReportCatalog.ExitPlanning;

    public async Task<int> WriteAsync(ReportWorkbook workbook, ReportParameters parameters, CancellationToken cancellationToken)
    {
        var rows = await exits.ListAsync(cancellationToken);
        var items = rows.SelectMany(r => r.SwitchingCost.Items.Select(i => (Exit: r, Item: i))).ToList();

        workbook.AddSheet("Ausstieg", notes:
            [
                $"Stand {Formats.Date(exits.Today)}. Realistischer Ausstieg: frühester Kündigungstermin aller bindenden Verträge, verschoben um die Vorlaufzeit der Vergabe des Nachfolgers.",
                $"Amortisation: kumulierte Ersparnis der Alternative gegen die Wechselkosten bis {exits.LastPlanYear} (Ende der Finanzplanung).",
            ])
            .Table(rows, ExitColumns);
        workbook.AddSheet("Wechselkosten", notes: ["Je Produkt jeder Kostenposten mit seiner Grundlage; „angepasst“: von Hand gesetzt statt der Vorgabe."])
            .Table(items, ItemColumns);
        return rows.Count + items.Count;
    }

    private static readonly IReadOnlyList<ReportColumn<ExitResult>> ExitColumns =
    [
        new("Produkt", r => r.ProductName, Width: 36, Wrap: true),
        new("Frühester Ausstieg", r => r.Dates.EarliestExit, CellFormat.Date),
        new("Realistischer Ausstieg", r => r.Dates.RealisticExit, CellFormat.Date),
        new("Kündigung bis", r => r.Dates.FirstNoticeDeadline, CellFormat.Date),
        new("Entscheiden bis", r => r.Dates.FirstDecisionDate, CellFormat.Date),
        new("Bereitschaft", r => r.Readiness.Label),
        new("Wechselkosten", r => r.SwitchingCost.Total, CellFormat.Euro, Total: true),
        new("Alternative", r => r.Alternative, Width: 30, Wrap: true),
        new("Laufende Kosten je Jahr", r => r.CurrentAnnualCost, CellFormat.Euro, Total: true),
        new("Kosten der Alternative je Jahr", r => r.AlternativeAnnualCost, CellFormat.Euro, Total: true),
        new("Amortisiert im Jahr", r => r.BreakEven.PaybackYear, CellFormat.Year),
        new("Amortisation", r => r.BreakEven.Verdict, Width: 40, Wrap: true),
    ];

    private static readonly IReadOnlyList<ReportColumn<(ExitResult Exit, SwitchingCostItem Item)>> ItemColumns =
    [
        new("Produkt", x => x.Exit.ProductName, Width: 36, Wrap: true),
        new("Kostenposten", x => x.Item.Label, Width: 30, Wrap: true),
        new("Vorgabe", x => x.Item.Default, CellFormat.Euro, Total: true),
        new("Betrag", x => x.Item.Amount, CellFormat.Euro, Total: true),
        new("Angepasst", x => x.Item.Edited ? "ja" : "nein"),
        new("Grundlage", x => x.Item.Basis, Width: 50, Wrap: true),
    ];
}
