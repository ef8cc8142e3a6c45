using ClosedXML.Excel;
using ItInventory.Core.Analysis.Prices;
using ItInventory.Web.Features.Dashboard;
using ItInventory.Web.Features.Departments;
using ItInventory.Web.Features.Products;
using ItInventory.Web.Features.Vendors;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Features.Api;
using ItInventory.Web.Tests.Features.Reports;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ItInventory.Web.Tests.Features.YearCosts;

/// <summary>
/// Reads a product's year cost the way each surface shows it: the pages through the services they call, the reports as
/// downloaded workbooks, the API over HTTP. Each reader returns (product id, year) → euros.
/// </summary>
internal sealed class YearCostSurfaces(YearCostInstance instance)
{
    private readonly TestDatabase _db = instance.Database;
    private readonly ICurrentUser _user = FixedCurrentUser.WithRoles("test.user", Roles.ItLeitung);

    public static DateOnly InYear(int year) => new(year, 6, 30);

    /// <summary>The reference: every cost line, through the one rule in memory.</summary>
    public async Task<Dictionary<(int Product, int Year), decimal>> RuleAsync()
    {
        await using var db = _db.CreateContext();
        var lines = await db.CostLines.AsNoTracking().ToListAsync();
        return YearCostRule.CountingLines(lines)
            .GroupBy(l => (l.ProductId, l.FiscalYear))
            .ToDictionary(g => g.Key, g => g.Sum(l => l.Amount));
    }

    public async Task<IReadOnlyList<int>> YearsAsync()
    {
        await using var db = _db.CreateContext();
        return await db.CostLines.Select(c => c.FiscalYear).Distinct().OrderBy(y => y).ToListAsync();
    }

    public async Task<Dictionary<int, string>> InventoryNumbersAsync()
    {
        await using var db = _db.CreateContext();
        return await db.Products.ToDictionaryAsync(p => p.Id, p => p.InventoryNumber);
    }

    public async Task<Dictionary<(int Product, int Year), ProductRow>> ProductListAsync(IEnumerable<int> years)
    {
        var service = new ProductListService(_db.Factory, _db.Clock, _user);
        var rows = new Dictionary<(int, int), ProductRow>();
        foreach (var year in years)
        {
            for (var page = 0; ; page++)
            {
                var result = await service.QueryAsync(new ProductQuery { AsOf = InYear(year), PageSize = ProductListService.MaxPageSize, Page = page });
                foreach (var row in result.Rows)
                    rows[(row.Id, year)] = row;
                if ((page + 1) * ProductListService.MaxPageSize >= result.TotalCount)
                    break;
            }
        }

        return rows;
    }

    /// <summary>The product page's cost table, every year it shows.</summary>
    public async Task<Dictionary<int, ProductCostTable>> ProductPagesAsync(IEnumerable<int> productIds)
    {
        var service = new ProductDetailsService(_db.Factory, _db.Clock, _user);
        var tables = new Dictionary<int, ProductCostTable>();
        foreach (var id in productIds)
            tables[id] = (await service.GetAsync(id)).CostTable;
        return tables;
    }

    /// <summary>GET /api/v1/products?asOf=…, all pages: each product's "currentYearCost" in the year of asOf.</summary>
    public async Task<Dictionary<(int Product, int Year), decimal>> ApiListAsync(IEnumerable<int> years)
    {
        var costs = new Dictionary<(int, int), decimal>();
        foreach (var year in years)
        {
            for (var page = 1; ; page++)
            {
                var json = await (await instance.Api.GetAsync($"/api/v1/products?asOf={InYear(year):yyyy-MM-dd}&pageSize=200&page={page}")).JsonAsync();
                var items = json.GetProperty("items").EnumerateArray().ToList();
                foreach (var item in items)
                    costs[(item.GetProperty("id").GetInt32(), year)] = item.GetProperty("currentYearCost").GetDecimal();
                if (items.Count < 200)
                    break;
            }
        }

        return costs;
    }

    /// <summary>GET /api/v1/products/{id}: "currentAnnualCost" of the running year.</summary>
    public async Task<decimal> ApiProductAsync(int id, int year)
    {
        var json = await (await instance.Api.GetAsync($"/api/v1/products/{id}?asOf={InYear(year):yyyy-MM-dd}")).JsonAsync();
        Assert.Equal(year, json.GetProperty("year").GetInt32());
        return json.GetProperty("currentAnnualCost").GetDecimal();
    }

    public Task<DepartmentListing> DepartmentListAsync(int year) =>
        new DepartmentService(_db.Factory, _db.Clock, _user).ListAsync(asOf: InYear(year));

    public Task<DepartmentDetails> DepartmentPageAsync(int id, int year) =>
        new DepartmentService(_db.Factory, _db.Clock, _user).GetAsync(id, asOf: InYear(year));

    public Task<VendorListing> VendorListAsync(int year) =>
        new VendorService(_db.Factory, _db.Clock, _user).ListAsync(asOf: InYear(year));

    public Task<VendorDetails> VendorPageAsync(int id, int year) =>
        new VendorService(_db.Factory, _db.Clock, _user).GetAsync(id, asOf: InYear(year));

    public async Task<DashboardFigures> DashboardAsync(int year)
    {
        await using var services = ReportServices.For(_db, Roles.ItLeitung);
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DashboardService>().GetAsync(year);
    }

    /// <summary>The downloaded report, opened with ClosedXML.</summary>
    public async Task<XLWorkbook> ReportAsync(string slug)
    {
        var response = await instance.Browser.GetAsync($"/berichte/{slug}.xlsx");
        Assert.True(response.IsSuccessStatusCode, $"/berichte/{slug}.xlsx: {(int)response.StatusCode}");
        return Workbooks.Open(await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>
    /// A report table read by its header texts. The header row is found by its first column's text, not by its place:
    /// the title block above it grows with the notes (title, creation line, notes, an empty row).
    /// </summary>
    public static (IReadOnlyDictionary<string, int> Columns, IReadOnlyList<IXLRow> Rows) Table(IXLWorksheet sheet, string firstHeader)
    {
        var header = sheet.RowsUsed().FirstOrDefault(r => r.Cell(1).GetString() == firstHeader)
                     ?? throw new InvalidOperationException($"Blatt „{sheet.Name}“ hat keine Kopfzeile mit „{firstHeader}“ in Spalte A.");
        var columns = header.CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);
        var rows = sheet.RowsUsed()
            .Where(r => r.RowNumber() > header.RowNumber() && !r.Cell(1).IsEmpty() && r.Cell(1).GetString() != "Summe")
            .ToList();
        return (columns, rows);
    }

    /// <summary>A euro cell as the file stores it (a number), to the cent; an empty cell is 0 €.</summary>
    public static decimal Euro(IXLCell cell) =>
        cell.IsEmpty() ? 0m : decimal.Round((decimal)cell.GetDouble(), 2);
}
