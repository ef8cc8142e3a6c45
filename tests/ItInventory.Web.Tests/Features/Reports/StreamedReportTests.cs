using System.Net;
using ClosedXML.Excel;
using ItInventory.Web.Features.Reports;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ItInventory.Web.Tests.Features.Reports;

/// <summary>
/// Above the row threshold a report is streamed (SpreadCheetah) instead of built in memory (ClosedXML). Both files are
/// read back with ClosedXML and compared cell by cell: the same sheets, title block, headers, values, number formats,
/// frozen header, filter, widths and totals.
/// </summary>
public class StreamedReportTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private ServiceProvider _styled = null!;
    private ServiceProvider _streaming = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateSampleCityAsync();
        _styled = ReportServices.For(_db, Roles.Beschaffung, "b.einkauf");
        _streaming = ReportServices.For(_db, Roles.Beschaffung, "b.einkauf", o => o.StreamingRowThreshold = 5);
    }

    public async Task DisposeAsync()
    {
        await _styled.DisposeAsync();
        await _streaming.DisposeAsync();
        await _db.DisposeAsync();
    }

    private static async Task<ExportedReport> ExportAsync(ServiceProvider services, ReportDefinition report)
    {
        using var scope = services.CreateScope();
        return await ExportedReport.Of(await scope.ServiceProvider.GetRequiredService<ReportService>().CreateAsync(report, new ReportParameters()));
    }

    [Theory]
    [InlineData("inventar")]
    [InlineData("kosten")]
    [InlineData("vertraege")]
    [InlineData("auffaelligkeiten")]
    [InlineData("ratsbericht")]
    public async Task A_report_above_the_threshold_is_streamed_and_reads_back_as_the_styled_one(string slug)
    {
        var report = ReportCatalog.All.Single(r => r.Slug == slug);

        var styled = await ExportAsync(_styled, report);
        var streamed = await ExportAsync(_streaming, report);

        Assert.False(styled.IsStreamed);
        Assert.True(streamed.IsStreamed);
        Assert.Equal(styled.FileName, streamed.FileName);
        using var expected = Workbooks.Open(styled.Content);
        using var actual = Workbooks.Open(streamed.Content);
        Assert.Equal(expected.Worksheets.Select(s => s.Name), actual.Worksheets.Select(s => s.Name));
        foreach (var sheet in expected.Worksheets)
            AssertSameSheet(styled.Content, sheet, streamed.Content, actual.Worksheet(sheet.Name));
    }

    [Fact]
    public async Task The_threshold_is_the_most_rows_a_report_built_in_memory_may_have()
    {
        using var scope = _styled.CreateScope();
        var rows = (await scope.ServiceProvider.GetRequiredService<ReportService>().CreateAsync(ReportCatalog.Inventory, new ReportParameters())).Rows;

        Assert.False(await IsStreamedAsync(rows));
        Assert.True(await IsStreamedAsync(rows - 1));

        async Task<bool> IsStreamedAsync(int threshold)
        {
            await using var services = ReportServices.For(_db, Roles.Beschaffung, "b.einkauf", o => o.StreamingRowThreshold = threshold);
            using var inner = services.CreateScope();
            return (await inner.ServiceProvider.GetRequiredService<ReportService>().CreateAsync(ReportCatalog.Inventory, new ReportParameters())).IsStreamed;
        }
    }

    [Fact]
    public async Task A_streamed_report_downloads_over_http_without_synchronous_writes()
    {
        // The test server, like Kestrel, refuses synchronous writes to the response.
        await using var app = new InventoryAppFactory { Settings = new Dictionary<string, string?> { ["Reports:StreamingRowThreshold"] = "5" } };
        var client = await app.CreateClientAsync("beschaffung");

        var response = await client.GetAsync("/berichte/kosten.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ReportFile.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Kosten_nach_Jahren_Musterstadt_2026-11-28.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var workbook = Workbooks.Open(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Produkte", "Nach Amt", "Nach Anbieter", "Nach Kostenart"], workbook.Worksheets.Select(s => s.Name));
        Assert.NotEmpty(Workbooks.DataRows(workbook.Worksheet("Produkte")));
    }

    private static void AssertSameSheet(byte[] expectedFile, IXLWorksheet expected, byte[] actualFile, IXLWorksheet actual)
    {
        var name = expected.Name;
        Assert.Equal(expected.Cell(1, 1).GetString(), actual.Cell(1, 1).GetString());
        Assert.StartsWith("Erstellt am ", actual.Cell(2, 1).GetString());
        Assert.True(actual.Cell(1, 1).Style.Font.Bold, name);

        var header = Workbooks.HeaderRow(expected).RowNumber();
        Assert.Equal(header, Workbooks.HeaderRow(actual).RowNumber());
        for (var row = 3; row < header; row++)
            Assert.Equal(expected.Cell(row, 1).GetString(), actual.Cell(row, 1).GetString());
        Assert.Equal(Workbooks.Headers(expected), Workbooks.Headers(actual));
        Assert.Equal(expected.SheetView.SplitRow, actual.SheetView.SplitRow);
        Assert.Equal(expected.AutoFilter.IsEnabled, actual.AutoFilter.IsEnabled);
        if (expected.AutoFilter.IsEnabled)
            Assert.Equal(expected.AutoFilter.Range.RangeAddress.ToString(), actual.AutoFilter.Range.RangeAddress.ToString());

        Assert.Equal(Workbooks.StoredColumnWidths(expectedFile, name), Workbooks.StoredColumnWidths(actualFile, name));
        var lastRow = expected.LastRowUsed().RowNumber();
        var lastColumn = expected.LastColumnUsed().ColumnNumber();
        Assert.Equal(lastRow, actual.LastRowUsed().RowNumber());
        for (var column = 1; column <= lastColumn; column++)
        {
            for (var row = header; row <= lastRow; row++)
            {
                var want = expected.Cell(row, column);
                var got = actual.Cell(row, column);
                var where = $"{name}!{want.Address}";
                if (want.HasFormula)
                {
                    Assert.Equal(want.FormulaA1, got.FormulaA1);
                    Assert.Equal(Workbooks.CachedValue(expectedFile, want), Workbooks.CachedValue(actualFile, got));
                }
                else
                {
                    Assert.True(want.DataType == got.DataType, $"{where}: {want.DataType} erwartet, {got.DataType} gelesen");
                    Assert.True(Equals(want.Value, got.Value), $"{where}: „{want.Value}“ erwartet, „{got.Value}“ gelesen");
                }

                if (!want.IsEmpty())
                    Assert.True(NumberFormat(want) == NumberFormat(got), $"{where}: Format „{NumberFormat(want)}“ erwartet, „{NumberFormat(got)}“ gelesen");
            }
        }
    }

    /// <summary>The format as written: a custom format's code, or a built-in format's number (the text format "@" is built-in 49).</summary>
    private static string NumberFormat(IXLCell cell) =>
        cell.Style.NumberFormat.Format is { Length: > 0 } format ? format
        : cell.Style.NumberFormat.NumberFormatId == 49 ? "@"
        : cell.Style.NumberFormat.NumberFormatId.ToString();
}
