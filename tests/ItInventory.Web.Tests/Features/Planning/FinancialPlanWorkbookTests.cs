using ItInventory.Core.Planning;
using ItInventory.Web.Features.Planning;
using ItInventory.Web.Features.Reports;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Features.Reports;
using ItInventory.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ItInventory.Web.Tests.Features.Planning;

/// <summary>The "Finanzplanung" workbook opened again: every sheet's totals are the service's (and so the page's and the API's).</summary>
public class FinancialPlanWorkbookTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateSampleCityAsync();
        _services = ReportServices.For(_db, Roles.Rat, "r.mitglied");
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task Each_sheet_adds_up_to_the_services_totals_with_numbers_as_numbers_and_the_assumptions_as_text()
    {
        using var scope = _services.CreateScope();
        var file = await ExportedReport.Of(await scope.ServiceProvider.GetRequiredService<ReportService>()
            .CreateAsync(ReportCatalog.FinancialPlan, new ReportParameters { Year = 2027 }));
        var expected = await scope.ServiceProvider.GetRequiredService<FinancialPlanService>().GetAsync(new ProjectionHorizon(2027));
        using var workbook = Workbooks.Open(file.Content);

        Assert.Equal(["Summen", "Nach Haushaltsstellen", "Nach Amt", "Nach Produkt", "Verpflichtungsermächtigungen", "Annahmen"], workbook.Worksheets.Select(s => s.Name));
        var summen = workbook.Worksheet("Summen");
        Assert.Equal(expected.Projection.Totals.Select(t => t.Amount),
            Workbooks.DataRows(summen).Select(r => r.Cell(Workbooks.ColumnOf(summen, "IT-Kosten")).GetValue<decimal>()));
        foreach (var sheetName in new[] { "Nach Haushaltsstellen", "Nach Amt", "Nach Produkt" })
        {
            var sheet = workbook.Worksheet(sheetName);
            foreach (var year in expected.Years)
            {
                var total = Workbooks.TotalCell(sheet, year.ToString());
                Assert.StartsWith("SUBTOTAL(9,", total.FormulaA1);
                Assert.Equal((double)expected.Projection.TotalIn(year).Amount, Workbooks.CachedValue(file.Content, total)!.Value, 2);
                Assert.True(Workbooks.DataRows(sheet)[0].Cell(Workbooks.ColumnOf(sheet, year.ToString())).DataType == ClosedXML.Excel.XLDataType.Number);
            }
        }

        var commitments = workbook.Worksheet("Verpflichtungsermächtigungen");
        foreach (var year in expected.CommitmentYears)
            Assert.Equal((double)expected.AuthorisationIn(year), Workbooks.CachedValue(file.Content, Workbooks.TotalCell(commitments, year.ToString()))!.Value, 2);

        var assumptions = workbook.Worksheet("Annahmen");
        Assert.Contains(Workbooks.DataRows(assumptions), r => r.Cell(1).GetString() == "VPI-Änderung je Jahr" && r.Cell(2).GetString().StartsWith("+2,2 %"));
    }
}
