using ItInventory.Core.Analysis;
using ItInventory.Web.Features.Dashboard;
using ItInventory.Web.Features.Findings;

namespace ItInventory.Web.Features.Reports;

/// <summary>"Ratsbericht": the dashboard as a compact workbook, one small table per tile.</summary>
public sealed class CouncilReport(DashboardService dashboard) : IReport
{
    public ReportDefinition Definition => ReportCatalog.Council;

    public async Task<int> WriteAsync(ReportWorkbook workbook, ReportParameters parameters, CancellationToken cancellationToken)
    {
        var f = await dashboard.GetAsync(parameters.Year, cancellationToken);
        var year = f.Year.Label;
        var asOf = Formats.Date(f.AsOf);

        var keyFigures = new List<KeyFigure>
        {
            new($"IT-Ausgaben {year}", f.Spend.Total, CellFormat.Euro),
            new("Produkte im Bestand", f.Counts.Products, CellFormat.Integer, $"alle Lebenszyklen; davon {f.Counts.ActiveProducts} im Betrieb, Stand {asOf}"),
            new("Anbieter erfasst", f.Counts.Vendors, CellFormat.Integer, $"davon {f.Spend.VendorCount} mit Kosten ihrer Produkte {year}"),
            new("Laufende Verträge", f.Counts.RunningContracts, CellFormat.Integer, $"laufend oder gekündigt, aber noch nicht beendet, Stand {asOf}"),
            new($"Investiv {year}", f.Spend.Investive, CellFormat.Euro, $"{Formats.Percent(f.Spend.InvestiveShare)} (Kauf unbefristeter Lizenzen)"),
            new($"Konsumtiv {year}", f.Spend.Konsumtive, CellFormat.Euro, $"{Formats.Percent(f.Spend.KonsumtiveShare)} (laufender Aufwand)"),
            new($"Anteil der drei größten Anbieter {year}", f.Spend.TopThreeVendorShare, CellFormat.Percent),
            new("Produkte mit hartem Lock-in", f.LockIn.HardProducts.Count, CellFormat.Integer, $"von {f.LockIn.ProductCount} bewerteten (alle außer ausgemusterten); kein offener Export und keine Alternative"),
            new("Produkte mit echter Service-API", f.Standards.Interfaces.ServiceApiShare, CellFormat.Percent, $"{f.Standards.Interfaces.ServiceApi} von {f.Standards.Interfaces.ProductCount} Produkten"),
            new("Produkte nur mit Austauschformaten", f.Standards.Interfaces.MessageFormatsOnlyShare, CellFormat.Percent, $"{f.Standards.Interfaces.MessageFormatsOnly} Produkte"),
            new("Produkte mit Lücken bei Pflichtstandards", f.Standards.MandatoryGapShare, CellFormat.Percent, $"{f.Standards.ProductsWithMandatoryGaps} Produkte (gesetzlich verpflichtende Standards)"),
            new($"Verträge mit Entscheidung in {f.DeadlineHorizonDays} Tagen", f.Deadlines.Count, CellFormat.Integer, $"ab {asOf}, überfällige eingeschlossen"),
        };
        var notes = new List<string?> { f.Trend.Describe(), f.Trend.MissingIndexNote() }.OfType<string>();
        workbook.AddSheet("Übersicht", year, notes).Table(keyFigures,
        [
            new("Kennzahl", k => k.Name),
            new("Wert", k => k.Value, FormatOf: k => k.Format),
            new("Erläuterung", k => k.Note),
        ]);

        workbook.AddSheet("Ausgaben je Jahr", notes: [f.Trend.Describe()]).Table(f.Trend.Years,
        [
            new("Jahr", y => y.Year, CellFormat.Year),
            new("Ist/Plan", y => y.Basis),
            new("IT-Ausgaben", y => y.Amount, CellFormat.Euro),
            new("VPI (2020 = 100)", y => y.PriceIndex, CellFormat.Decimal),
            new($"Ausgaben {f.Trend.BaseYear?.Year} nach VPI", y => y.IndexAdjusted, CellFormat.Euro),
            new("Hinweis", y => y.PriceIndex is null ? "kein Indexwert" : y.IndexPreliminary ? "Indexwert vorläufig" : null),
        ]);

        workbook.AddSheet("Nach Amt", year, ["Nach Kostenanteilen der nutzenden Ämter verteilt."]).Table(f.Spend.ByDepartment, ShareColumns("Amt"));
        workbook.AddSheet("Nach Kostenart", year).Table(f.Spend.ByCostType, ShareColumns("Kostenart"));
        workbook.AddSheet("Anbieter", year, [
                $"Die {f.Spend.ByVendor.Count} größten von {f.Spend.VendorCount} Anbietern nach {VendorSpendNames.ProductCosts}; auf die Produkte der drei größten entfallen {Formats.Percent(f.Spend.TopThreeVendorShare)}.",
                VendorSpendNames.ProductCostsExplanation])
            .Table(f.Spend.ByVendor, ShareColumns("Anbieter", VendorSpendNames.ProductCosts));

        workbook.AddSheet("Preissteigerungen", f.Year.Year.ToString(), ["Die größten Preissteigerungen über dem Verbraucherpreisindex und Verstöße gegen Preisklauseln, nach €-Auswirkung."])
            .Table(f.TopPriceIncreases,
            [
                new("Produkt", p => p.Subject.Name),
                new("Art", p => FindingLabels.Of(p.Kind)),
                new("Jahr", p => p.Year, CellFormat.Year),
                new("€-Auswirkung", p => p.ImpactEuro, CellFormat.Euro, Total: true),
                new("Begründung", p => p.Explanation, Width: 90, Wrap: true),
            ]);

        workbook.AddSheet("Lock-in", $"Stand {asOf}", [$"{f.LockIn.HardProducts.Count} von {f.LockIn.ProductCount} Produkten sind praktisch nicht ablösbar (kein offener Export und keine Alternative am Markt)."])
            .Table(f.LockIn.HardProducts, [new("Produkt", p => p.Name), new("Lock-in-Score (0–100)", p => p.Score, CellFormat.Decimal)]);
        workbook.AddSheet("Konzentration", $"Stand {asOf}", [$"Herfindahl-Hirschman-Index der laufenden Kosten je Kategorie (0 bis 10.000); über {f.LockIn.HighConcentrationHhi.ToString("N0", Formats.German)} gilt als hoch konzentriert."])
            .Table(f.LockIn.ConcentratedCategories,
            [
                new("Kategorie", c => c.Subject.Name),
                new("HHI", c => c.Hhi, CellFormat.Integer),
                new("Größter Anbieter", c => c.Largest?.VendorName),
                new("Anteil", c => c.Largest?.Share, CellFormat.Percent),
                new("Produkte", c => c.ProductCount, CellFormat.Integer),
                new("Laufende Kosten", c => c.TotalSpend, CellFormat.Euro),
            ]);
        workbook.AddSheet("Abhängigkeiten", $"Stand {asOf}", ["Anbieter, von deren Produkten viele Ämter abhängen."])
            .Table(f.LockIn.Dependencies,
            [
                new("Anbieter", d => d.Vendor.Name),
                new("Ämter", d => d.DepartmentCount, CellFormat.Integer),
                new("Abhängige Ämter", d => string.Join(", ", d.Departments.Select(x => x.Name)), Width: 70, Wrap: true),
                new("Laufende Kosten im Jahr", d => d.AnnualSpend, CellFormat.Euro),
            ]);

        workbook.AddSheet("Fristen", $"nächste {f.DeadlineHorizonDays} Tage ab {asOf}").Table(f.Deadlines,
        [
            new("Vertrag", d => d.Contract),
            new("Anbieter", d => d.Vendor),
            new("Art", d => d.NoticeRequired ? "Kündigungsfrist" : "Vertragsende"),
            new("Frist", d => d.Deadline, CellFormat.Date),
            new("Entscheidung bis", d => d.DecisionDate, CellFormat.Date),
            new("Vertragsende", d => d.EndDate, CellFormat.Date),
        ]);

        return keyFigures.Count;
    }

    private static IReadOnlyList<ReportColumn<SpendShare>> ShareColumns(string name, string amount = "Betrag") =>
    [
        new(name, s => s.Name),
        new(amount, s => s.Amount, CellFormat.Euro, Total: true),
        new("Anteil", s => s.Share, CellFormat.Percent, Total: true),
    ];

    private sealed record KeyFigure(string Name, object Value, CellFormat Format, string? Note = null);
}
