using ItInventory.Core.Analysis.Exit;
using ItInventory.Core.Comparison;
using ItInventory.Core.Formatting;
using ItInventory.Web.Features.Comparison;
using ItInventory.Web.Features.Reports;
using ItInventory.Web.Infrastructure.Editing;

namespace ItInventory.Web.Features.Vendors.Negotiation;

/// <summary>
/// The Verhandlungsmappe as one workbook: the page's folder, with the numbers as numbers (totals by SUBTOTAL) on four
/// sheets: costs per product and year, contracts with deadlines, findings, and the comparison with other municipalities.
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
        workbook.AddSheet("Vergleich", folder.VendorName, [NegotiationText.ComparisonNote(folder)])
            .Table(folder.Comparison.Figures, ComparisonColumns);
        return folder.Products.Count + folder.Contracts.Count + folder.Findings.Count + folder.Comparison.Figures.Count;
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

    // Euros per inhabitant or user and a change above the index are different units: each has its own columns,
    // so every cell stays a number a reader can sort and sum.
    private static readonly IReadOnlyList<ReportColumn<ProductFigure>> ComparisonColumns =
    [
        new("Produkt", f => f.Product),
        new("Kennzahl", f => ComparisonTexts.Label(f.Metric), Width: 40),
        new("Kommunen", f => f.Group.Members, CellFormat.Integer),
        new("Median €", f => InEuro(f, f.Group.Median), CellFormat.Euro),
        new("Unteres Quartil €", f => InEuro(f, f.Group.LowerQuartile), CellFormat.Euro),
        new("Oberes Quartil €", f => InEuro(f, f.Group.UpperQuartile), CellFormat.Euro),
        new("Ihr Wert €", f => InEuro(f, f.Own), CellFormat.Euro),
        new("Median über VPI", f => AboveIndex(f, f.Group.Median), CellFormat.Percent),
        new("Ihr Wert über VPI", f => AboveIndex(f, f.Own), CellFormat.Percent),
        new("Ihr Perzentil", f => f.OwnPercentile, CellFormat.Integer),
    ];

    private static decimal? InEuro(ProductFigure f, decimal? value) => f.Metric == ComparisonMetric.ChangeAboveIndex ? null : value;

    private static decimal? AboveIndex(ProductFigure f, decimal? value) => f.Metric == ComparisonMetric.ChangeAboveIndex ? value : null;

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
