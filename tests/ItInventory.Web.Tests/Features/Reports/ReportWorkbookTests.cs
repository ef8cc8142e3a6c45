using ItInventory.Web.Data.Auditing;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ItInventory.Core.Analysis;
using ItInventory.Core.Domain;
using ItInventory.Core.Formatting;
using ItInventory.Web.Features.Findings;
using ItInventory.Web.Features.Products;
using ItInventory.Web.Features.Reports;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ItInventory.Web.Tests.Features.Reports;

/// <summary>Every report is opened again with ClosedXML and checked against sums computed independently with EF.</summary>
public partial class ReportWorkbookTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateSampleCityAsync();
        _services = ReportServices.For(_db, Roles.Beschaffung, "b.einkauf");
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _db.DisposeAsync();
    }

    private async Task<(ExportedReport File, XLWorkbook Workbook)> ExportAsync(ReportDefinition report, ReportParameters? parameters = null)
    {
        using var scope = _services.CreateScope();
        var file = await ExportedReport.Of(await scope.ServiceProvider.GetRequiredService<ReportService>().CreateAsync(report, parameters ?? new ReportParameters()));
        Assert.False(file.IsStreamed);
        return (file, Workbooks.Open(file.Content));
    }

    [Fact]
    public async Task The_inventory_has_a_title_block_the_import_headers_and_one_row_per_product()
    {
        await using var context = _db.CreateContext();
        var products = await context.Products.CountAsync();

        var (file, workbook) = await ExportAsync(ReportCatalog.Inventory);
        var sheet = workbook.Worksheet("Inventar");

        Assert.Equal("Inventar_Musterstadt_2026-11-28.xlsx", file.FileName);
        Assert.Equal("Musterstadt · Inventar", sheet.Cell(1, 1).GetString());
        Assert.Matches(@"^Erstellt am \d\d\.\d\d\.\d{4} um \d\d:\d\d Uhr", sheet.Cell(2, 1).GetString());
        Assert.Equal(
            ["Inventarnummer", "Produkt", "Amt", "Anbieter", "Kategorie", "Betreiber", "Lebenszyklus", "Nutzer", "Lizenzen",
             "Lizenzmetrik", "Kritikalität", "Kosten 2026", "Lock-in-Score", "Standard-Lücken"],
            Workbooks.Headers(sheet));
        Assert.Equal(products, Workbooks.DataRows(sheet).Count);

        var header = Workbooks.HeaderRow(sheet).RowNumber();
        Assert.Equal(header, sheet.SheetView.SplitRow);
        Assert.True(sheet.AutoFilter.IsEnabled);
        Assert.Equal(header, sheet.AutoFilter.Range.FirstRow().RowNumber());
        Assert.All(Enumerable.Range(1, 14), c => Assert.InRange(sheet.Column(c).Width, 8, 60));
    }

    [Fact]
    public async Task The_inventory_cost_total_is_the_database_sum_and_its_formula_adds_up_the_column()
    {
        await using var context = _db.CreateContext();
        var perProduct = await context.CostLines.Where(c => c.FiscalYear == 2026)
            .GroupBy(c => new { c.ProductId, c.Kind }).Select(g => new { g.Key.ProductId, g.Key.Kind, Sum = g.Sum(c => c.Amount) }).ToListAsync();
        var expected = perProduct.GroupBy(p => p.ProductId)
            .Sum(g => g.FirstOrDefault(p => p.Kind == CostKind.Actual)?.Sum ?? g.Single(p => p.Kind == CostKind.Plan).Sum);

        var (file, workbook) = await ExportAsync(ReportCatalog.Inventory);
        var sheet = workbook.Worksheet("Inventar");
        var total = Workbooks.TotalCell(sheet, "Kosten 2026");

        AssertSubtotalOfColumn(file, total);
        Assert.Equal((double)expected, Workbooks.CachedValue(file.Content, total)!.Value, 2);
        Assert.Equal(ExcelNumberFormats.Euro, total.Style.NumberFormat.Format);
        var firstCost = sheet.Cell(Workbooks.HeaderRow(sheet).RowNumber() + 1, Workbooks.ColumnOf(sheet, "Kosten 2026"));
        Assert.Equal(XLDataType.Number, firstCost.DataType);
        Assert.Equal(ExcelNumberFormats.Euro, firstCost.Style.NumberFormat.Format);
    }

    [Fact]
    public async Task A_product_named_like_a_formula_stays_text()
    {
        const string hostile = "=HYPERLINK(\"http://x\",\"y\")";
        await using (var context = _db.CreateContext())
        {
            var product = await context.Products.OrderBy(p => p.Id).FirstAsync();
            product.Name = hostile;
            product.Description = "+SUM(1,2)";
            await context.SaveChangesAsync();
        }

        foreach (var report in new[] { ReportCatalog.Inventory, ReportCatalog.Costs })
        {
            var (_, workbook) = await ExportAsync(report);
            var cell = workbook.Worksheets.First().CellsUsed().Single(c => c.GetString() == hostile);

            Assert.False(cell.HasFormula);
            Assert.Equal(XLDataType.Text, cell.DataType);
            Assert.True(cell.Style.IncludeQuotePrefix);
            Assert.DoesNotContain(workbook.Worksheets.SelectMany(s => s.CellsUsed()), c => c.HasFormula && !c.FormulaA1.StartsWith("SUBTOTAL(9,", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Codes_with_leading_zeros_stay_text()
    {
        await using (var context = _db.CreateContext())
        {
            var product = await context.Products.OrderBy(p => p.Id).FirstAsync();
            product.InventoryNumber = "00123";
            await context.SaveChangesAsync();
        }

        var (_, workbook) = await ExportAsync(ReportCatalog.Inventory);
        var sheet = workbook.Worksheet("Inventar");
        var cell = sheet.Column(Workbooks.ColumnOf(sheet, "Inventarnummer")).CellsUsed().Single(c => c.GetString() == "00123");

        Assert.Equal(XLDataType.Text, cell.DataType);
        Assert.Equal("@", cell.Style.NumberFormat.Format);
    }

    [Fact]
    public async Task An_export_with_a_department_filter_lists_only_that_departments_products()
    {
        await using var context = _db.CreateContext();
        var bürgeramt = await context.Departments.SingleAsync(d => d.Number == "33");
        var expected = await context.Products
            .Where(p => p.OwnerDepartmentId == bürgeramt.Id || p.UsingDepartments.Any(d => d.DepartmentId == bürgeramt.Id))
            .Select(p => p.InventoryNumber).OrderBy(n => n).ToListAsync();
        var parameters = new ReportParameters { Products = new ProductQuery { DepartmentId = bürgeramt.Id } };

        var (_, inventory) = await ExportAsync(ReportCatalog.Inventory, parameters);
        var (_, costs) = await ExportAsync(ReportCatalog.Costs, parameters);

        Assert.True(expected.Count is > 0 and < 100);
        foreach (var sheet in new[] { inventory.Worksheet("Inventar"), costs.Worksheet("Produkte") })
        {
            var numbers = Workbooks.DataRows(sheet).Select(r => r.Cell(1).GetString()).OrderBy(n => n).ToList();
            Assert.Equal(expected, numbers);
            Assert.Contains(sheet.Range("A1:A5").Cells(), c => c.GetString().StartsWith("Filter: Amt 33 Bürgeramt", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_costs_report_totals_equal_the_database_sums_on_every_sheet()
    {
        await using var context = _db.CreateContext();
        var actual2025 = await context.CostLines.Where(c => c.FiscalYear == 2025 && c.Kind == CostKind.Actual).SumAsync(c => c.Amount);
        var plan2027 = await context.CostLines.Where(c => c.FiscalYear == 2027 && c.Kind == CostKind.Plan).SumAsync(c => c.Amount);

        var (file, workbook) = await ExportAsync(ReportCatalog.Costs);

        Assert.Equal("Kosten_nach_Jahren_Musterstadt_2026-11-28.xlsx", file.FileName);
        Assert.Equal(["Produkte", "Nach Amt", "Nach Anbieter", "Nach Kostenart"], workbook.Worksheets.Select(s => s.Name));
        var products = workbook.Worksheet("Produkte");
        Assert.Equal(["Inventarnummer", "Produkt", "Amt", "Anbieter", "2019 Ist", "2020 Ist", "2021 Ist", "2022 Ist", "2023 Ist", "2024 Ist", "2025 Ist", "2026 Plan", "2027 Plan"],
            Workbooks.Headers(products));
        foreach (var sheet in workbook.Worksheets)
        {
            var total2025 = Workbooks.TotalCell(sheet, "2025 Ist");
            AssertSubtotalOfColumn(file, total2025);
            Assert.Equal((double)actual2025, Workbooks.CachedValue(file.Content, total2025)!.Value, 2);
            Assert.Equal((double)plan2027, Workbooks.CachedValue(file.Content, Workbooks.TotalCell(sheet, "2027 Plan"))!.Value, 2);
        }

        Assert.Equal(["Kostenart", "Haushalt"], Workbooks.Headers(workbook.Worksheet("Nach Kostenart")).Take(2));
        Assert.Contains(Workbooks.DataRows(workbook.Worksheet("Nach Kostenart")), r => r.Cell(1).GetString() == "Lizenzkauf" && r.Cell(2).GetString() == "investiv");
    }

    [Fact]
    public async Task The_findings_report_lists_every_finding_with_its_impact()
    {
        using var scope = _services.CreateScope();
        var findings = await scope.ServiceProvider.GetRequiredService<FindingsService>().ListAsync(new FindingFilter { AsOf = TestDatabase.AsOf });

        var (file, workbook) = await ExportAsync(ReportCatalog.Findings);
        var sheet = workbook.Worksheet("Auffälligkeiten");
        var total = Workbooks.TotalCell(sheet, "€-Auswirkung");

        Assert.Equal("Auffaelligkeiten_Musterstadt_2026-11-28.xlsx", file.FileName);
        Assert.Equal(findings.Count, Workbooks.DataRows(sheet).Count);
        Assert.Contains("Begründung", Workbooks.Headers(sheet));
        AssertSubtotalOfColumn(file, total);
        Assert.Equal((double)findings.Sum(f => f.Finding.ImpactEuro ?? 0m), Workbooks.CachedValue(file.Content, total)!.Value, 2);
        // The note states the total with each cause once, as the findings page does.
        var distinct = FindingTotals.DistinctImpact(findings.Select(f => f.Finding));
        Assert.True(distinct < findings.Sum(f => f.Finding.ImpactEuro ?? 0m), "the sample city reports some increases from several angles");
        Assert.Contains(sheet.CellsUsed(), c => c.GetString().Contains($"jede Ursache einmal gezählt: {Formats.Euro(distinct)}", StringComparison.Ordinal));
        var firstDue = sheet.Column(Workbooks.ColumnOf(sheet, "Frist")).CellsUsed().Skip(1).First();
        Assert.Equal(XLDataType.DateTime, firstDue.DataType);
        Assert.Equal(ExcelNumberFormats.Date, firstDue.Style.NumberFormat.Format);
    }

    [Fact]
    public async Task The_council_report_mirrors_the_dashboard()
    {
        await using var context = _db.CreateContext();
        var plan2026 = await context.CostLines.Where(c => c.FiscalYear == 2026 && c.Kind == CostKind.Plan).SumAsync(c => c.Amount);

        var (file, workbook) = await ExportAsync(ReportCatalog.Council);
        var overview = workbook.Worksheet("Übersicht");
        var spendRow = Workbooks.DataRows(overview).Single(r => r.Cell(1).GetString() == "IT-Ausgaben 2026 Plan");

        Assert.Equal("Ratsbericht_Musterstadt_2026-11-28.xlsx", file.FileName);
        Assert.Equal(["Übersicht", "Ausgaben je Jahr", "Nach Amt", "Nach Kostenart", "Anbieter", "Preissteigerungen", "Lock-in", "Konzentration", "Abhängigkeiten", "Fristen"],
            workbook.Worksheets.Select(s => s.Name));
        Assert.Equal((double)plan2026, spendRow.Cell(2).GetDouble(), 2);
        Assert.Equal(ExcelNumberFormats.Euro, spendRow.Cell(2).Style.NumberFormat.Format);
        Assert.Contains(overview.Range("A1:A5").Cells(), c => c.GetString().StartsWith("Von 2019 bis 2025", StringComparison.Ordinal));
        var byDepartment = Workbooks.TotalCell(workbook.Worksheet("Nach Amt"), "Betrag");
        AssertSubtotalOfColumn(file, byDepartment);
        Assert.Equal((double)plan2026, Workbooks.CachedValue(file.Content, byDepartment)!.Value, 2);
    }

    [Fact]
    public async Task A_council_member_may_export_only_the_council_report()
    {
        await using var council = ReportServices.For(_db, Roles.Rat, "r.mitglied");
        var reports = council.CreateScope().ServiceProvider.GetRequiredService<ReportService>();

        await Assert.ThrowsAsync<AccessDeniedException>(() => reports.CreateAsync(ReportCatalog.Inventory, new ReportParameters()));
        var file = await ExportedReport.Of(await reports.CreateAsync(ReportCatalog.Council, new ReportParameters { Year = 2025 }));

        Assert.Contains(Workbooks.DataRows(Workbooks.Open(file.Content).Worksheet("Übersicht")), r => r.Cell(1).GetString() == "IT-Ausgaben 2025 Ist");
    }

    [Fact]
    public async Task Every_export_is_recorded_in_the_audit_trail()
    {
        await ExportAsync(ReportCatalog.Inventory, new ReportParameters { Products = new ProductQuery { Lifecycle = LifecycleStatus.Active } });

        await using var context = _db.CreateContext();
        var entry = await context.AuditEntries.SingleAsync(e => e.Action == AuditAction.Export);
        Assert.Equal("b.einkauf", entry.UserName);
        Assert.StartsWith("Bericht „Inventar“ exportiert (122 Einträge, Parameter status=Active)", entry.Summary);
    }

    [Fact]
    public async Task Every_report_is_a_valid_open_xml_workbook()
    {
        foreach (var report in ReportCatalog.All)
        {
            var (file, _) = await ExportAsync(report);
            using var document = SpreadsheetDocument.Open(new MemoryStream(file.Content), isEditable: false);

            var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Description}").ToList();

            Assert.True(errors.Count == 0, $"{report.Title}: {string.Join("; ", errors.Take(5))}");
        }
    }

    /// <summary>
    /// The cell holds SUBTOTAL(9, range) over its own column's data, and the value stored with it in the file is the
    /// sum of that range, recomputed here.
    /// </summary>
    private static void AssertSubtotalOfColumn(ExportedReport file, IXLCell total)
    {
        var sheet = total.Worksheet;
        Assert.True(total.HasFormula);
        var match = SubtotalFormula().Match(total.FormulaA1);
        Assert.True(match.Success, $"Unerwartete Formel: {total.FormulaA1}");
        var range = sheet.Range(match.Groups[1].Value);
        Assert.Equal(total.Address.ColumnNumber, range.FirstColumn().ColumnNumber());
        Assert.Equal(Workbooks.HeaderRow(sheet).RowNumber() + 1, range.FirstRow().RowNumber());
        Assert.Equal(total.Address.RowNumber - 1, range.LastRow().RowNumber());
        var recomputed = range.Cells().Where(c => !c.IsEmpty()).Sum(c => c.GetDouble());
        Assert.Equal(recomputed, Workbooks.CachedValue(file.Content, total)!.Value, 6);
    }

    [GeneratedRegex(@"^SUBTOTAL\(9,([A-Z]+\d+:[A-Z]+\d+)\)$")]
    private static partial Regex SubtotalFormula();
}
