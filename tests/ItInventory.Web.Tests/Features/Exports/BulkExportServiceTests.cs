using ClosedXML.Excel;
using ItInventory.Core.Domain;
using ItInventory.Web.Data.Auditing;
using ItInventory.Web.Features.Exports;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Exports;

public class BulkExportServiceTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateSampleCityAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private BulkExportService Service(string role = Roles.Beschaffung) =>
        new(_db.Factory, FixedCurrentUser.WithRoles("berta", role), new AuditLog(_db.Factory));

    [Fact]
    public async Task Every_cost_line_is_exported_with_numbers_as_numbers_and_codes_as_text()
    {
        await using var context = _db.CreateContext();
        var count = await context.CostLines.CountAsync();
        var first = await context.CostLines.Include(c => c.Product).Include(c => c.Contract)
            .OrderBy(c => c.Id).FirstAsync();

        using var stream = new MemoryStream();
        var written = await Service().WriteCostLinesAsync(stream);

        Assert.Equal(count, written);
        using var workbook = new XLWorkbook(new MemoryStream(stream.ToArray()));
        var sheet = workbook.Worksheet("Kostenpositionen");
        Assert.Equal(BulkExportService.CostLineColumns.Select(c => c.Header), sheet.Row(1).Cells(1, BulkExportService.CostLineColumns.Count).Select(c => c.GetString()));
        Assert.Equal(count + 1, sheet.LastRowUsed().RowNumber());
        var row = sheet.Row(2);
        Assert.Equal(first.Product!.InventoryNumber, row.Cell(1).GetString());
        Assert.Equal(XLDataType.Text, row.Cell(1).DataType);
        AssertTextFormat(row.Cell(1));
        Assert.Equal(first.Contract?.ContractNumber ?? "", row.Cell(3).GetString());
        Assert.Equal(first.FiscalYear, row.Cell(4).GetValue<int>());
        Assert.Equal(first.Kind == CostKind.Plan ? "Plan" : "Ist", row.Cell(6).GetString());
        Assert.Equal(XLDataType.Number, row.Cell(8).DataType);
        Assert.Equal(first.Amount, row.Cell(8).GetValue<decimal>());
        Assert.Contains("€", row.Cell(8).Style.NumberFormat.Format);
    }

    [Fact]
    public async Task Text_that_looks_like_a_formula_stays_text()
    {
        await using (var context = _db.CreateContext())
        {
            var product = await context.Products.OrderBy(p => p.Id).FirstAsync();
            product.Name = "=HYPERLINK(\"http://böse.example\";\"klick\")";
            product.Notes = "+49 211 1234";
            product.InventoryNumber = "00042";
            await context.SaveChangesAsync();
        }

        using var stream = new MemoryStream();
        await Service().WriteProductsAsync(stream);

        using var workbook = new XLWorkbook(new MemoryStream(stream.ToArray()));
        var sheet = workbook.Worksheet("Produkte");
        var row = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == "00042");
        Assert.False(row.Cell(2).HasFormula);
        Assert.Equal(XLDataType.Text, row.Cell(2).DataType);
        Assert.Equal("=HYPERLINK(\"http://böse.example\";\"klick\")", row.Cell(2).GetString());
        AssertTextFormat(row.Cell(2));
        Assert.Equal("+49 211 1234", row.Cell(BulkExportService.ProductColumns.Count).GetString());
        Assert.Equal(XLDataType.Text, row.Cell(1).DataType);
    }

    /// <summary>Excel's built-in text format "@" (id 49): typing "=..." into such a cell stays text.</summary>
    private static void AssertTextFormat(IXLCell cell) =>
        Assert.True(cell.Style.NumberFormat.NumberFormatId == 49 || cell.Style.NumberFormat.Format == "@", $"Format {cell.Style.NumberFormat.NumberFormatId} „{cell.Style.NumberFormat.Format}“");

    [Fact]
    public async Task Every_product_is_exported_once_in_inventory_number_order()
    {
        await using var context = _db.CreateContext();
        var numbers = await context.Products.OrderBy(p => p.InventoryNumber).Select(p => p.InventoryNumber).ToListAsync();

        using var stream = new MemoryStream();
        var written = await Service().WriteProductsAsync(stream);

        using var workbook = new XLWorkbook(new MemoryStream(stream.ToArray()));
        var sheet = workbook.Worksheet("Produkte");
        Assert.Equal(numbers.Count, written);
        Assert.Equal(numbers, sheet.RowsUsed().Skip(1).Select(r => r.Cell(1).GetString()).ToList());
        Assert.All(sheet.RowsUsed().Skip(1), r => Assert.Contains(r.Cell(14).GetString(), new[] { "ja", "nein" }));
    }

    [Fact]
    public async Task The_export_is_recorded_in_the_audit_trail_before_it_is_written()
    {
        using var stream = new MemoryStream();
        await Service().WriteCostLinesAsync(stream);

        await using var context = _db.CreateContext();
        var entry = await context.AuditEntries.OrderByDescending(e => e.Id).FirstAsync();
        Assert.Equal(AuditAction.Export, entry.Action);
        Assert.Equal("berta", entry.UserName);
        Assert.StartsWith("Export aller Kostenpositionen (Excel, ", entry.Summary);
    }

    [Fact]
    public async Task A_council_member_may_not_export()
    {
        using var stream = new MemoryStream();

        await Assert.ThrowsAsync<AccessDeniedException>(() => Service(Roles.Rat).WriteCostLinesAsync(stream));

        Assert.Equal(0, stream.Length);
    }
}
