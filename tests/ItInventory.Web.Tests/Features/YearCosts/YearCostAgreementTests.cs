using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static ItInventory.Web.Tests.Features.YearCosts.YearCostSurfaces;

namespace ItInventory.Web.Tests.Features.YearCosts;

/// <summary>
/// Issue 14, "one year-cost rule": for every product and year, each page, report and the API shows the same euros to the
/// cent as the rule (Core YearCostRule) applied to all cost lines, in the sample city and in a generated inventory.
/// </summary>
public class YearCostAgreementTests(YearCostFixture fixture) : IClassFixture<YearCostFixture>
{
    public static TheoryData<string> Instances() => new(YearCostFixture.SampleCity, YearCostFixture.Generated);

    [Theory]
    [MemberData(nameof(Instances))]
    public async Task Product_list_product_page_api_and_both_cost_reports_show_every_product_year_as_the_rule_does(string name)
    {
        var instance = fixture[name];
        var surfaces = new YearCostSurfaces(instance);
        var rule = await surfaces.RuleAsync();
        var years = await surfaces.YearsAsync();
        var numbers = await surfaces.InventoryNumbersAsync();
        var running = instance.Database.Clock.CurrentYear;
        var mismatches = new List<string>();
        void Check(string where, int product, int year, decimal shown)
        {
            var expected = rule.GetValueOrDefault((product, year));
            if (shown != expected)
                mismatches.Add($"{where}: Produkt {numbers[product]} {year} zeigt {shown} €, die Regel ergibt {expected} €");
        }

        var list = await surfaces.ProductListAsync(years);
        var pages = await surfaces.ProductPagesAsync(numbers.Keys);
        var api = await surfaces.ApiListAsync(years);
        foreach (var product in numbers.Keys)
        {
            foreach (var year in years)
            {
                Check("Produktliste", product, year, list[(product, year)].CurrentYearCost);
                Check("Produktseite", product, year, pages[product].Total(year));
                Check("API-Liste", product, year, api[(product, year)]);
            }

        }

        // The single-product resource also runs the findings analysis per call, so a sample of products keeps the test
        // quick; the resource's cost comes from the product page's table, checked above for every product.
        foreach (var product in numbers.Keys.Order().Where((_, i) => i % 40 == 0).Append(instance.Mixed.ProductId))
            Check("API-Produkt", product, running, await surfaces.ApiProductAsync(product, running));

        using (var inventory = await surfaces.ReportAsync("inventar"))
        {
            var (columns, rows) = Table(inventory.Worksheet("Inventar"), "Inventarnummer");
            var byNumber = numbers.ToDictionary(n => n.Value, n => n.Key);
            Assert.Equal(numbers.Count, rows.Count);
            foreach (var row in rows)
                Check("Inventar", byNumber[row.Cell(columns["Inventarnummer"]).GetString()], running, Euro(row.Cell(columns[$"Kosten {running}"])));
        }

        using (var costs = await surfaces.ReportAsync("kosten"))
        {
            var (columns, rows) = Table(costs.Worksheet("Produkte"), "Inventarnummer");
            var byNumber = numbers.ToDictionary(n => n.Value, n => n.Key);
            var yearColumns = columns.Where(c => c.Key.Length > 4 && int.TryParse(c.Key[..4], out _)).ToDictionary(c => int.Parse(c.Key[..4]), c => c.Value);
            Assert.Equal(years.Where(y => rule.Keys.Any(k => k.Year == y)), yearColumns.Keys.Order());
            Assert.Equal(numbers.Count, rows.Count);
            foreach (var row in rows)
            {
                foreach (var (year, column) in yearColumns)
                    Check("Kostenbericht", byNumber[row.Cell(columns["Inventarnummer"]).GetString()], year, Euro(row.Cell(column)));
            }
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} Abweichungen, z. B.:\n" + string.Join("\n", mismatches.Take(15)));
    }

    [Theory]
    [MemberData(nameof(Instances))]
    public async Task Department_and_vendor_lists_and_pages_the_dashboard_and_the_council_report_add_up_the_same_product_costs(string name)
    {
        var instance = fixture[name];
        var surfaces = new YearCostSurfaces(instance);
        var rule = await surfaces.RuleAsync();
        var years = await surfaces.YearsAsync();
        Dictionary<int, int> vendorOf;
        await using (var db = instance.Database.CreateContext())
            vendorOf = await db.Products.ToDictionaryAsync(p => p.Id, p => p.VendorId);
        decimal TotalOf(int year) => rule.Where(r => r.Key.Year == year).Sum(r => r.Value);
        decimal OfVendor(int vendor, int year) => rule.Where(r => r.Key.Year == year && vendorOf[r.Key.Product] == vendor).Sum(r => r.Value);

        foreach (var year in years)
        {
            var dashboard = await surfaces.DashboardAsync(year);
            Assert.Equal(TotalOf(year), dashboard.Trend.Years.Single(y => y.Year == year).Amount);
            Assert.Equal(TotalOf(year), dashboard.Spend.Total);
            Assert.All(dashboard.Spend.ByVendor, v => Assert.Equal(OfVendor(v.Id!.Value, year), v.Amount));

            var vendors = await surfaces.VendorListAsync(year);
            Assert.Equal(TotalOf(year), vendors.TotalSpend);
            Assert.Equal(TotalOf(year), vendors.Rows.Sum(v => v.PaymentsToVendor)); // every counting line is paid to one vendor
            foreach (var vendor in vendors.Rows.Where(v => v.ProductCount > 0))
            {
                var page = await surfaces.VendorPageAsync(vendor.Id, year);
                Assert.Equal(vendor.PaymentsToVendor, page.PaymentsToVendor);
                Assert.All(page.Products.Concat(page.OperatedProducts), p => Assert.Equal(rule.GetValueOrDefault((p.Id, year)), p.ProductCost));
                Assert.Equal(OfVendor(vendor.Id, year), page.Products.Sum(p => p.ProductCost)); // "cost of its products"
            }

            var departments = await surfaces.DepartmentListAsync(year);
            foreach (var department in departments.Rows)
            {
                var page = await surfaces.DepartmentPageAsync(department.Id, year);
                Assert.Equal(department.AnnualCost, page.TotalCost);
                Assert.All(page.Products, p => Assert.Equal(rule.GetValueOrDefault((p.Id, year)), p.ProductCost));
                Assert.All(page.Products.Where(p => p.SharePercent is not null),
                    p => Assert.Equal(decimal.Floor(p.ProductCost * p.SharePercent!.Value) / 100m, p.CostPart));
            }
        }

        using var council = await surfaces.ReportAsync("ratsbericht");
        var (columns, rows) = Table(council.Worksheet("Ausgaben je Jahr"), "Jahr");
        Assert.Equal(years.Count, rows.Count);
        foreach (var row in rows)
            Assert.Equal(TotalOf(YearOf(row.Cell(columns["Jahr"]))), Euro(row.Cell(columns["IT-Ausgaben"])));
    }

    private static int YearOf(ClosedXML.Excel.IXLCell cell) => cell.DataType == ClosedXML.Excel.XLDataType.Number ? (int)cell.GetDouble() : int.Parse(cell.GetString());

    [Theory]
    [MemberData(nameof(Instances))]
    public async Task The_running_year_with_booked_maintenance_and_planned_hosting_is_not_a_decrease(string name)
    {
        var instance = fixture[name];
        var mixed = instance.Mixed;
        var surfaces = new YearCostSurfaces(instance);

        var row = (await surfaces.ProductListAsync([mixed.Year]))[(mixed.ProductId, mixed.Year)];
        var table = (await surfaces.ProductPagesAsync([mixed.ProductId]))[mixed.ProductId];
        var api = await surfaces.ApiProductAsync(mixed.ProductId, mixed.Year);
        var rule = (await surfaces.RuleAsync())[(mixed.ProductId, mixed.Year)];

        // Maintenance was booked as planned: the year costs what was planned, with hosting still in it, not less.
        Assert.Equal(mixed.PlanTotal, rule);
        Assert.Equal(mixed.PlanTotal, row.CurrentYearCost);
        Assert.Equal(mixed.PlanTotal, table.Total(mixed.Year));
        Assert.Equal(mixed.PlanTotal, api);
        Assert.NotNull(table.Amount(mixed.Year, Core.Domain.CostType.Hosting));
        Assert.Equal("Ist/Plan", row.CurrentBasisLabel);
        Assert.Equal("Ist/Plan", table.BasisLabel(mixed.Year));
    }
}
