using ItInventory.Web.Data;
using System.Diagnostics;
using ItInventory.Web.Features.Costs;
using ItInventory.Web.Features.Products;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace ItInventory.Web.Tests.Features.Products;

/// <summary>Filtering, sorting and paging run in SQL, so a large inventory stays quick to browse.</summary>
public class ProductListPerformanceTests(ITestOutputHelper output)
{
    private const int ExtraProducts = 20_000;
    /// <summary>
    /// Generous for a shared build machine; a query that sorted in memory would take far longer. On PostgreSQL the
    /// tenant filter and row-level security (issue "Mandanten") made the sort by cost over 20,000 products slower:
    /// measured alone on a 2-core machine 3.3 s with the filter, 4.5 s with the policies too, where it stayed under 3 s
    /// before. Until that plan is fixed (open in that issue), PostgreSQL gets 6 s, which still catches a sort in memory
    /// of every product's cost lines.
    /// </summary>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(TestProvider.Current == DatabaseProvider.PostgreSql ? 6 : 3);

    [Fact]
    public async Task Queries_over_20000_products_and_their_cost_lines_stay_within_budget()
    {
        await using var db = await TestDatabase.CreateSampleCityAsync();
        await AddProductsAsync(db);
        var user = FixedCurrentUser.WithRoles("i.leitner", Roles.ItLeitung);
        var products = new ProductListService(db.Factory, db.Clock, user);
        var costs = new CostLineService(db.Factory, user);
        await using var context = db.CreateContext();
        var vendorId = await context.Vendors.OrderBy(v => v.Id).Select(v => v.Id).FirstAsync();
        var departmentId = await context.Departments.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
        var all = await Timed("Produkte, Standard", () => products.QueryAsync(new ProductQuery()));
        await Timed("Produkte nach Kosten absteigend", () => products.QueryAsync(new ProductQuery { Sort = ProductSort.CurrentCost, Descending = true, Page = 40 }));
        await Timed("Produkte nach Änderung", () => products.QueryAsync(new ProductQuery { Sort = ProductSort.CostChange, Descending = true }));
        var search = await Timed("Schnellsuche", () => products.QueryAsync(new ProductQuery { Search = "Lastverfahren 1999" }));
        await Timed("Anbieter + Amt + Sortierung", () => products.QueryAsync(new ProductQuery { VendorId = vendorId, DepartmentId = departmentId, Sort = ProductSort.Vendor }));
        var year = await Timed("Kosten 2026 mit Summen", () => costs.QueryAsync(new CostLineQuery { Year = 2026, Sort = CostLineSort.Amount }));

        Assert.True(all.TotalCount > ExtraProducts);
        Assert.Equal(11, search.TotalCount); // "Lastverfahren 1999" and "Lastverfahren 19990" … "19999"
        Assert.True(year.TotalCount > ExtraProducts * 2);
    }

    /// <summary>
    /// The second run is timed: the first compiles the query and plans it, which on a loaded machine alone took longer
    /// than the budget (3.5 s on PostgreSQL in a full test run), while a sort in memory would be slow every time.
    /// </summary>
    private async Task<T> Timed<T>(string name, Func<Task<T>> query)
    {
        await query();
        var watch = Stopwatch.StartNew();
        var result = await query();
        watch.Stop();
        output.WriteLine($"{name}: {watch.ElapsedMilliseconds} ms");
        Assert.True(watch.Elapsed < Budget, $"{name} took {watch.ElapsedMilliseconds} ms");
        return result;
    }

    /// <summary>
    /// Bulk rows in plain SQL: the point is the read path, and thousands of audited saves would take minutes.
    /// Quoted names and TRUE/FALSE suit both providers; versions and money differ (SQLite: Guid text, whole cents).
    /// </summary>
    private static async Task AddProductsAsync(TestDatabase db)
    {
        await using var context = db.CreateContext();
        var sqlite = db.Provider == DatabaseProvider.Sqlite;
        var guid = sqlite
            ? "upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6)))"
            : "gen_random_uuid()";
        var cents = sqlite ? 100 : 1;
        var products = $"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {ExtraProducts}),
                c("Id", k) AS (SELECT "Id", ROW_NUMBER() OVER (ORDER BY "Id") - 1 FROM "Categories"),
                d("Id", k) AS (SELECT "Id", ROW_NUMBER() OVER (ORDER BY "Id") - 1 FROM "Departments"),
                v("Id", k) AS (SELECT "Id", ROW_NUMBER() OVER (ORDER BY "Id") - 1 FROM "Vendors")
            INSERT INTO "Products" ("TenantId", "InventoryNumber", "Name", "Description", "CategoryId", "OwnerDepartmentId", "VendorId", "Operator", "Lifecycle", "LicenceMetric", "Criticality",
                "ProprietaryDataFormat", "HasDocumentedApi", "HasOpenDataExport", "ExportCostsExtra", "AlternativeProducts", "HasSourceCodeEscrow", "HostedOnlyByVendor",
                "BundledWithVendorSuite", "VendorForcedUpgrades", "EndOfLifeAnnounced", "KnowHowOnlyAtVendor", "Version")
            SELECT 1, 'LT-' || i, 'Lastverfahren ' || i, 'Erzeugt für den Lasttest',
                (SELECT "Id" FROM c WHERE k = i % 5),
                (SELECT "Id" FROM d WHERE k = i % 20),
                (SELECT "Id" FROM v WHERE k = i % 30),
                'InHouse', 'Active', 'NamedUser', 'Medium', FALSE, TRUE, TRUE, FALSE, 2, FALSE, FALSE, FALSE, FALSE, FALSE, FALSE, {guid}
            FROM n;
            """;
        await context.Database.ExecuteSqlRawAsync(products);
        var shares = $"""
            INSERT INTO "ProductDepartments" ("TenantId", "ProductId", "DepartmentId", "CostSharePercent")
            SELECT "TenantId", "Id", "OwnerDepartmentId", {100 * cents} FROM "Products" WHERE "InventoryNumber" LIKE 'LT-%';
            """;
        await context.Database.ExecuteSqlRawAsync(shares);
        foreach (var (year, kind, type, factor) in new[] { (2025, "Actual", "Maintenance", 100), (2025, "Actual", "Hosting", 40), (2026, "Plan", "Maintenance", 103), (2026, "Plan", "Hosting", 41) })
        {
            var lines = $"""
                INSERT INTO "CostLines" ("TenantId", "ProductId", "FiscalYear", "CostType", "Kind", "Amount", "Version")
                SELECT "TenantId", "Id", {year}, '{type}', '{kind}', ("Id" % 977 + 1) * {factor} * {cents}, {guid} FROM "Products" WHERE "InventoryNumber" LIKE 'LT-%';
                """;
            await context.Database.ExecuteSqlRawAsync(lines);
        }

        // As after any bulk write (import, generator): the planner learns the new sizes. Without it PostgreSQL
        // planned the cost sums for 137 products under row-level security and took 3 to 6 s.
        await PlannerStatistics.RefreshAsync(context);
    }
}
