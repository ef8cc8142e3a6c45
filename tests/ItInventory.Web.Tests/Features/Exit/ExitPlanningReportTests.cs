using System.Net;
using ClosedXML.Excel;
using ItInventory.Web.Tests.Features.Api;
using ItInventory.Web.Tests.Features.Reports;

namespace ItInventory.Web.Tests.Features.Exit;

/// <summary>The workbook "Ausstiegsplanung" read back: the same products, dates and figures as GET /api/v1/exit.</summary>
public class ExitPlanningReportTests(ApiFixture app) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The_workbook_lists_the_exit_list_of_the_api_with_typed_cells_and_the_cost_items_adding_up()
    {
        var page = await (await app.ReadOnlyItLeitung.GetAsync("/api/v1/exit?pageSize=200")).JsonAsync();
        var api = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(page.GetProperty("total").GetInt32(), api.Count);
        var response = await app.ReadOnlyItLeitung.GetAsync("/api/v1/reports/ausstiegsplanung.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = Workbooks.Open(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Ausstieg", "Wechselkosten"], workbook.Worksheets.Select(w => w.Name));
        var sheet = workbook.Worksheet("Ausstieg");
        var rows = Workbooks.DataRows(sheet);
        Assert.Equal(api.Count, rows.Count);
        Assert.True(api.Count > 10, $"{api.Count} products in the sample city's exit list");

        IXLCell Cell(IXLRow row, string header) => row.Cell(Workbooks.ColumnOf(sheet, header));
        DateOnly? Date(IXLRow row, string header) =>
            Cell(row, header) is var cell && !cell.IsEmpty() ? DateOnly.FromDateTime(Assert.IsType<DateTime>(cell.GetDateTime())) : null;
        DateOnly? ApiDate(System.Text.Json.JsonElement item, string name) =>
            item.GetProperty(name).ValueKind == System.Text.Json.JsonValueKind.Null ? null : DateOnly.Parse(item.GetProperty(name).GetString()!);

        foreach (var (item, row) in api.Zip(rows))
        {
            Assert.Equal(item.GetProperty("product").GetString(), Cell(row, "Produkt").GetString());
            Assert.Equal(ApiDate(item, "earliestExit"), Date(row, "Frühester Ausstieg"));
            Assert.Equal(ApiDate(item, "realisticExit"), Date(row, "Realistischer Ausstieg"));
            Assert.Equal(ApiDate(item, "noticeDeadline"), Date(row, "Kündigung bis"));
            Assert.Equal(item.GetProperty("readiness").GetString(), Cell(row, "Bereitschaft").GetString());
            Assert.Equal(XLDataType.Number, Cell(row, "Wechselkosten").DataType);
            Assert.Equal(item.GetProperty("switchingCost").GetDecimal(), Cell(row, "Wechselkosten").GetValue<decimal>());
            Assert.Equal(item.GetProperty("alternative").GetString(), Cell(row, "Alternative").GetString());
            Assert.Equal(item.GetProperty("paybackYear").ValueKind == System.Text.Json.JsonValueKind.Null ? (int?)null : item.GetProperty("paybackYear").GetInt32(),
                Cell(row, "Amortisiert im Jahr").IsEmpty() ? null : Cell(row, "Amortisiert im Jahr").GetValue<int>());
        }

        Assert.StartsWith("SUBTOTAL(9,", Workbooks.TotalCell(sheet, "Wechselkosten").FormulaA1);

        // Every product's cost items on the second sheet add up to its switching cost on the first.
        var items = workbook.Worksheet("Wechselkosten");
        var product = Workbooks.ColumnOf(items, "Produkt");
        var amount = Workbooks.ColumnOf(items, "Betrag");
        var sums = Workbooks.DataRows(items).GroupBy(r => r.Cell(product).GetString())
            .ToDictionary(g => g.Key, g => g.Sum(r => r.Cell(amount).GetValue<decimal>()));
        Assert.All(api, item => Assert.Equal(item.GetProperty("switchingCost").GetDecimal(), sums[item.GetProperty("product").GetString()!]));
        Assert.StartsWith("SUBTOTAL(9,", Workbooks.TotalCell(items, "Betrag").FormulaA1);
    }
}
