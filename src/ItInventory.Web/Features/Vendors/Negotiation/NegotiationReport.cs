using ItInventory.Core.Analysis.Exit;
using ItInventory.Core.Formatting;
using ItInventory.Web.Features.Reports;
using ItInventory.Web.Infrastructure.Editing;

namespace ItInventory.Web.Features.Vendors.Negotiation;

/// <summary>
/// The Verhandlungsmappe as one workbook: the page's folder, with the numbers as numbers (totals by SUBTOTAL) on three
/// sheets: costs per product and year, contracts with deadlines, findings.
/// </summary>
public sealed class NegotiationReport(NegotiationFolderService folders) : IReport
{
    public ReportDefinition Definition => ReportCatalog.Negotiation;

    public async Task<int> WriteAsync(ReportWorkbook workbook, ReportParameters parameters, CancellationToken cancellationToken)
    {
        if (parameters.Products.VendorId is not { } vendorId)
            throw new ValidationFailedException(new Dictionary<string, string[]>
            {
                [ReportParameters.VendorKey] = ["Die Verhandlungsmappe gilt einem Anbieter: bitte anbieter=Nummer angeben (sie steht in der Adresse der Anbieterseite)."],
            });

        var folder = await folders.GetAsync(vendorId, cancellationToken);
        workbook.AddSheet("Kosten je Produkt", folder.VendorName, [NegotiationText.Summary(folder),
                $"Zahlungen je Haushaltsjahr, Ist, sonst Plan ({folder.Years[^1]} ist Plan); „an andere“ sind Zahlungen für dieselben Produkte an andere Anbieter, etwa ein Rechenzentrum."])
            .Table(folder.Products, CostColumns(folder));
        workbook.AddSheet("Verträge", folder.VendorName, ["Nächste Entscheidung zuerst; beendete Verträge zuletzt."])
            .Table(folder.Contracts, ContractColumns);
        workbook.AddSheet("Auffälligkeiten", folder.VendorName,
                [$"Größte €-Auswirkung zuerst; jede Ursache einmal gezählt: {Formats.Euro(folder.DistinctImpact)}."])
            .Table(folder.Findings, FindingsReport.Columns);
        return folder.Products.Count + folder.Contracts.Count + folder.Findings.Count;
    }

    private static List<ReportColumn<NegotiationProduct>> CostColumns(NegotiationFolder folder)
    {
        List<ReportColumn<NegotiationProduct>> columns =
        [
            new("Produkt", p => p.Name),
            new("Inventarnummer", p => p.InventoryNumber, CellFormat.Code),
            new("Rolle des Anbieters", p => p.RunByVendorOnly ? "betreibt es" : "Hersteller"),
            new("Lebenszyklus", p => Labels.Of(p.Lifecycle)),
        ];
        columns.AddRange(folder.Years.Select(year => new ReportColumn<NegotiationProduct>($"An Anbieter {year}", p => p.PaidToVendor(year), CellFormat.Euro, Total: true)));
        columns.AddRange(folder.Years.Select(year => new ReportColumn<NegotiationProduct>($"An andere {year}", p => p.PaidToOthers(year), CellFormat.Euro, Total: true)));
        columns.AddRange(
        [
            new("Veränderungsjahr", p => p.LatestChange?.Year, CellFormat.Year),
            new("Veränderung", p => p.LatestChange?.ChangeRate, CellFormat.Percent),
            new("VPI im selben Jahr", p => p.LatestChange?.Index?.Rate, CellFormat.Percent),
            new("Kumuliert ab", p => p.Cumulative?.FromYear, CellFormat.Year),
            new("Veränderung kumuliert", p => p.Cumulative?.ChangeRate, CellFormat.Percent),
            new("VPI kumuliert", p => p.Cumulative?.IndexRate, CellFormat.Percent),
            new("Lock-in-Wert", p => p.LockInScore, CellFormat.Decimal),
            new("Standard-Lücken", p => string.Join(", ", p.StandardGaps)),
            new("Auffälligkeiten", p => p.FindingCount, CellFormat.Integer),
            new("Realistischer Ausstieg", p => p.Exit?.Dates.RealisticExit, CellFormat.Date),
            new("Ausstiegsbereitschaft", p => p.Exit is { } exit ? ExitReadiness.LevelLabel(exit.Readiness.Level) : null),
            new("Wechselkosten", p => p.Exit?.SwitchingCost.Total, CellFormat.Euro, Total: true),
            new("Amortisation", p => p.Exit?.BreakEven.Verdict, Width: 40, Wrap: true),
        ]);
        return columns;
    }

    private static readonly IReadOnlyList<ReportColumn<NegotiationContract>> ContractColumns =
    [
        new("Vertragsnummer", c => c.ContractNumber, CellFormat.Code),
        new("Titel", c => c.Title, Width: 40, Wrap: true),
        new("Vertragstyp", c => Labels.Of(c.Type)),
        new("Produkte", c => string.Join(", ", c.Products), Width: 40, Wrap: true),
        new("Preisklausel", NegotiationText.Clause),
        new("Stand", c => c.Deadlines is { } d ? ContractStatusLabels.Of(d.Status) : null),
        new("Nächster Kündigungstermin", c => c.Deadlines?.NextTerminationDate, CellFormat.Date),
        new("Kündigung bis", c => c.Deadlines?.NoticeDeadline, CellFormat.Date),
        new("Entscheiden bis", c => c.Deadlines?.DecisionDate, CellFormat.Date),
    ];
}
