using System.Net;
using ItInventory.Web.Tests.Features.Reports;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Vendors;

/// <summary>The Verhandlungsmappe's address: one vendor's workbook, a German answer without or with a wrong vendor.</summary>
public class NegotiationReportEndpointTests(InventoryAppFactory factory) : IClassFixture<InventoryAppFactory>
{
    [Theory]
    [InlineData("", HttpStatusCode.BadRequest, "bitte anbieter=Nummer angeben")]
    [InlineData("?anbieter=2147483647", HttpStatusCode.NotFound, "gibt es nicht")]
    [InlineData("?anbieter=zwei", HttpStatusCode.BadRequest, "anbieter")]
    public async Task Without_a_vendor_it_answers_in_german_and_never_with_a_file(string query, HttpStatusCode expected, string message)
    {
        var client = await factory.CreateClientAsync("beschaffung");

        var response = await client.GetAsync("/berichte/verhandlungsmappe.xlsx" + query);

        Assert.Equal(expected, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_workbook_holds_the_vendors_products_and_only_those()
    {
        await using var db = factory.CreateContext();
        var vendor = await db.Vendors.AsNoTracking().OrderByDescending(v => v.Products.Count).Select(v => new { v.Id, v.Name }).FirstAsync();
        var products = await db.Products.AsNoTracking().Where(p => p.VendorId == vendor.Id || p.OperatorVendorId == vendor.Id)
            .Select(p => p.Name).ToListAsync();
        products.Sort(StringComparer.Ordinal);
        var client = await factory.CreateClientAsync("beschaffung");

        var response = await client.GetAsync($"/berichte/verhandlungsmappe.xlsx?anbieter={vendor.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = Workbooks.Open(await response.Content.ReadAsByteArrayAsync());
        var sheet = workbook.Worksheet("Kosten je Produkt");
        var column = Workbooks.ColumnOf(sheet, "Produkt");
        Assert.Equal(products, Workbooks.DataRows(sheet).Select(r => r.Cell(column).GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(["Kosten je Produkt", "Verträge", "Auffälligkeiten", "Vergleich"], workbook.Worksheets.Select(w => w.Name));
        // The sample city does not take part in the comparison: the sheet says why it has no figures.
        var comparison = workbook.Worksheet("Vergleich");
        Assert.Contains(comparison.CellsUsed(), c => c.GetString().Contains("nimmt nicht am Vergleich teil", StringComparison.Ordinal));
        Assert.DoesNotContain(comparison.CellsUsed(), c => c.DataType == ClosedXML.Excel.XLDataType.Number);
        // The exit options where the inventory knows them: every product not retired has its readiness.
        var readiness = Workbooks.ColumnOf(sheet, "Ausstiegsbereitschaft");
        Assert.Contains(Workbooks.DataRows(sheet), r => r.Cell(readiness).GetString() is "bereit" or "mit Vorbereitung" or "nicht möglich ohne Vorarbeit");
    }
}
