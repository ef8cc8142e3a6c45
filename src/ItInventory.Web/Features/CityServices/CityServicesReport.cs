using ItInventory.Core.Analysis.Services;
using ItInventory.Core.Formatting;
using ItInventory.Web.Features.Reports;

namespace ItInventory.Web.Features.CityServices;

/// <summary>
/// The city's services (OZG) as one workbook: every service by case number with its state of digitisation, maturity,
/// connection, products and what blocks it; the vendors the services depend on; the figures per life situation. The
/// first sheet opens with the council's sentence about the 25 most requested services.
/// </summary>
public sealed class CityServicesReport(CityServiceCoverageService coverage) : IReport
{
    public const int CouncilTop = 25;

    public ReportDefinition Definition => ReportCatalog.CityServices;

    public async Task<int> WriteAsync(ReportWorkbook workbook, ReportParameters parameters, CancellationToken cancellationToken)
    {
        var all = await coverage.CoverageAsync(null, cancellationToken);
        var top = await coverage.CoverageAsync(CouncilTop, cancellationToken);
        var ranked = all.Top.Select((a, i) => (Rank: i + 1, Assessment: a)).ToList();
        workbook.AddSheet("Leistungen", notes: [CoverageWords.Sentence(top), "Nach Fallzahl geordnet; ohne Fallzahl zuletzt."])
            .Table(ranked, ServiceColumns);
        workbook.AddSheet("Anbieter", notes: ["Anbieter der Fachverfahren und Online-Dienste, von denen die Leistungen abhängen."])
            .Table(all.Vendors, VendorColumns);
        workbook.AddSheet("Lebenslagen", notes: ["Stand der Digitalisierung je Lebenslage des OZG-Katalogs."])
            .Table(all.LifeSituations, LifeSituationColumns);
        return ranked.Count + all.Vendors.Count + all.LifeSituations.Count;
    }

    private static readonly IReadOnlyList<ReportColumn<(int Rank, ServiceAssessment Assessment)>> ServiceColumns =
    [
        new("Rang", r => r.Rank, CellFormat.Integer),
        new("OZG-ID", r => r.Assessment.Service.OzgService?.OzgId, CellFormat.Code),
        new("Leistung", r => r.Assessment.Name, Width: 45, Wrap: true),
        new("Lebenslage", r => r.Assessment.LifeSituation, Width: 30, Wrap: true),
        new("Fälle pro Jahr", r => r.Assessment.Service.AnnualCases, CellFormat.Integer, Total: true),
        new("Fallzahl aus", r => r.Assessment.Service.CaseYear, CellFormat.Year),
        new("Stand", r => CoverageWords.Of(r.Assessment.Status)),
        new("Online-Dienst", r => r.Assessment.Service.OnlineServiceName, Width: 30, Wrap: true),
        new("Reifegrad", r => CoverageWords.Maturity(r.Assessment.Service)),
        new("Anbindung", r => Labels.Of(r.Assessment.Service.Connection), Width: 35, Wrap: true),
        new("Produkte", r => string.Join(", ", r.Assessment.Products.Select(p => p.Name)), Width: 40, Wrap: true),
        new("Hindernisse", r => string.Join(" ", r.Assessment.Blockers.OrderBy(b => b.Kind).Select(b => b.Text)), Width: 60, Wrap: true),
    ];

    private static readonly IReadOnlyList<ReportColumn<VendorDependency>> VendorColumns =
    [
        new("Anbieter", v => v.Vendor.Name, Width: 35),
        new("Leistungen", v => v.Services, CellFormat.Integer, Total: true),
        new("davon nicht Ende-zu-Ende digital", v => v.ProblemServices, CellFormat.Integer, Total: true),
        new("Diese Leistungen", v => string.Join(", ", v.Problems.Select(p => p.Name)), Width: 80, Wrap: true),
    ];

    private static readonly IReadOnlyList<ReportColumn<LifeSituationCoverage>> LifeSituationColumns =
    [
        new("Lebenslage", l => l.LifeSituation, Width: 35),
        new("Leistungen", l => l.Figures.Services, CellFormat.Integer, Total: true),
        new("Ende-zu-Ende digital", l => l.Figures.EndToEnd, CellFormat.Integer, Total: true),
        new("online mit Medienbruch", l => l.Figures.OnlineWithMediaBreak, CellFormat.Integer, Total: true),
        new("online, noch nicht Ende-zu-Ende", l => l.Figures.OnlineNotYetEndToEnd, CellFormat.Integer, Total: true),
        new("nicht online", l => l.Figures.NotOnline, CellFormat.Integer, Total: true),
        new("Fälle pro Jahr", l => l.Figures.Cases, CellFormat.Integer, Total: true),
        new("Anteil der Fälle Ende-zu-Ende", l => l.Figures.EndToEndCaseShare, CellFormat.Percent),
    ];
}
