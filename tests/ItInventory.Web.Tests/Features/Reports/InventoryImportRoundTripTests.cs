using ItInventory.Web.Features.Import;
using ItInventory.Web.Features.Reports;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ItInventory.Web.Tests.Features.Reports;

/// <summary>An exported inventory can be read back by the import: same headers, every product recognised, no errors.</summary>
public class InventoryImportRoundTripTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateSampleCityAsync();
        _services = ReportServices.For(_db, Roles.Administrator);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task The_import_recognises_every_exported_product_and_skips_the_totals_row()
    {
        using var scope = _services.CreateScope();
        var file = await ExportedReport.Of(await scope.ServiceProvider.GetRequiredService<ReportService>().CreateAsync(ReportCatalog.Inventory, new ReportParameters()));
        var import = scope.ServiceProvider.GetRequiredService<ImportService>();
        await using var context = _db.CreateContext();
        var products = await context.Products.CountAsync();

        var session = await import.OpenAsync(new MemoryStream(file.Content), file.FileName);
        var plan = await import.PreviewAsync(session, session.Suggested with { Duplicates = DuplicateHandling.Skip });

        using var workbook = Workbooks.Open(file.Content);
        Assert.Equal(Workbooks.HeaderRow(workbook.Worksheet("Inventar")).RowNumber(), session.Suggested.HeaderRow);
        Assert.Contains(session.Suggested.Columns, c => c.Field == ImportField.Cost && c.Year == 2026);
        var rows = plan.Rows.Where(r => r.ProductName.Length > 0).ToList();
        Assert.Equal(products, rows.Count);
        Assert.Empty(plan.Rows.Where(r => r.HasErrors).Select(r => r.Summary));
        Assert.All(rows, r => Assert.NotNull(r.ExistingProductId));
        Assert.All(rows, r => Assert.NotNull(r.Lifecycle));
        Assert.Empty(plan.NewVendors);
        Assert.Empty(plan.NewDepartments);
    }
}
