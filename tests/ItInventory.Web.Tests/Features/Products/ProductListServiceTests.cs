using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Domain;
using ItInventory.Web.Features.Products;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Products;

public class ProductListServiceTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateSampleCityAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private ProductListService Service => new(_db.Factory, _db.Clock, FixedCurrentUser.WithRoles("test.user", Roles.Beschaffung));

    [Fact]
    public async Task Current_cost_uses_actuals_where_they_exist_per_cost_type_and_plan_otherwise()
    {
        await using var context = _db.CreateContext();
        var product = await context.Products.OrderBy(p => p.Id).FirstAsync();
        context.CostLines.AddRange(
            new CostLine { ProductId = product.Id, FiscalYear = 2026, CostType = CostType.Other, Kind = CostKind.Actual, Amount = 1000.50m },
            new CostLine { ProductId = product.Id, FiscalYear = 2025, CostType = CostType.Other, Kind = CostKind.Plan, Amount = 999_999m });
        await context.SaveChangesAsync();
        var lines = await context.CostLines.Where(c => c.ProductId == product.Id).ToListAsync();
        var counting = YearCostRule.CountingLines(lines);
        var expectedCurrent = counting.Where(c => c.FiscalYear == 2026).Sum(c => c.Amount);
        var expectedPrevious = counting.Where(c => c.FiscalYear == 2025).Sum(c => c.Amount);
        // The booked "Other" actual leaves the 2026 plans of the other cost types counting.
        var otherPlans2026 = lines.Where(c => c.FiscalYear == 2026 && c.CostType != CostType.Other).Sum(c => c.Amount);

        var page = await Service.QueryAsync(new ProductQuery { Search = product.InventoryNumber });

        var row = Assert.Single(page.Rows);
        Assert.Equal(expectedCurrent, row.CurrentYearCost);
        Assert.Equal(1000.50m + otherPlans2026, row.CurrentYearCost);
        Assert.Equal(expectedPrevious, row.PreviousYearCost);
    }

    [Fact]
    public async Task Sorting_by_cost_descending_puts_the_most_expensive_product_first()
    {
        var page = await Service.QueryAsync(new ProductQuery { Sort = ProductSort.CurrentCost, Descending = true, PageSize = 10 });

        Assert.Equal(page.Rows.OrderByDescending(r => r.CurrentYearCost).Select(r => r.Id), page.Rows.Select(r => r.Id));
        var all = await Service.QueryAsync(new ProductQuery { PageSize = 200 });
        Assert.Equal(all.Rows.Max(r => r.CurrentYearCost), page.Rows[0].CurrentYearCost);
    }

    [Fact]
    public async Task Search_matches_vendor_names_and_treats_wildcards_literally()
    {
        await using var context = _db.CreateContext();
        var vendor = await context.Vendors.Where(v => v.Products.Any()).OrderBy(v => v.Id).FirstAsync();
        var expected = await context.Products.CountAsync(p => p.VendorId == vendor.Id);

        var byVendor = await Service.QueryAsync(new ProductQuery { Search = vendor.Name, PageSize = 200 });
        var wildcard = await Service.QueryAsync(new ProductQuery { Search = "%" });

        Assert.True(byVendor.TotalCount >= expected);
        Assert.Equal(0, wildcard.TotalCount);
    }

    [Fact]
    public async Task A_council_member_may_not_browse_the_product_list()
    {
        var service = new ProductListService(_db.Factory, _db.Clock, FixedCurrentUser.WithRoles("rat", Roles.Rat));

        var error = await Assert.ThrowsAsync<AccessDeniedException>(() => service.QueryAsync(new ProductQuery()));

        Assert.Contains("Berechtigung", error.Message);
    }

    [Fact]
    public async Task Each_filter_narrows_the_list_to_the_matching_products()
    {
        await using var context = _db.CreateContext();
        var sample = await context.Products.Include(p => p.UsingDepartments).OrderBy(p => p.Id).Skip(3).FirstAsync();
        var department = sample.UsingDepartments.First(d => d.DepartmentId != sample.OwnerDepartmentId).DepartmentId;

        async Task Check(ProductQuery query, IQueryable<Product> expected)
        {
            var page = await Service.QueryAsync(query with { PageSize = 200 });
            var ids = await expected.Select(p => p.Id).OrderBy(id => id).ToListAsync();
            Assert.NotEmpty(ids);
            Assert.Equal(ids.Count, page.TotalCount);
            Assert.Equal(ids, page.Rows.Select(r => r.Id).Order().ToList());
        }

        await Check(new ProductQuery { DepartmentId = department },
            context.Products.Where(p => p.OwnerDepartmentId == department || p.UsingDepartments.Any(d => d.DepartmentId == department)));
        await Check(new ProductQuery { CategoryId = sample.CategoryId }, context.Products.Where(p => p.CategoryId == sample.CategoryId));
        await Check(new ProductQuery { VendorId = sample.VendorId }, context.Products.Where(p => p.VendorId == sample.VendorId));
        await Check(new ProductQuery { Operator = sample.Operator }, context.Products.Where(p => p.Operator == sample.Operator));
        await Check(new ProductQuery { Lifecycle = LifecycleStatus.Retired }, context.Products.Where(p => p.Lifecycle == LifecycleStatus.Retired));
        await Check(new ProductQuery { VendorId = sample.VendorId, Operator = sample.Operator },
            context.Products.Where(p => p.VendorId == sample.VendorId && p.Operator == sample.Operator));
    }

    [Fact]
    public async Task Search_finds_words_of_the_description()
    {
        await using var context = _db.CreateContext();
        var product = await context.Products.Where(p => p.Description != null).OrderBy(p => p.Id).FirstAsync();
        product.Description = "Enthält die Zauberformel Quaxelbrunn für Tests.";
        await context.SaveChangesAsync();

        var page = await Service.QueryAsync(new ProductQuery { Search = "quaxelbrunn" });

        Assert.Equal(product.Id, Assert.Single(page.Rows).Id);
    }

    [Fact]
    public async Task Sorting_by_the_change_against_last_year_orders_by_the_real_percentage()
    {
        // Fractions below one percent point apart must still order correctly (no integer division in SQL).
        await using var context = _db.CreateContext();
        var products = await context.Products.OrderBy(p => p.Id).Take(3).ToListAsync();
        var factors = new[] { 0.5m, 1.003m, 1.007m };
        for (var i = 0; i < products.Count; i++)
        {
            var id = products[i].Id;
            await context.CostLines.Where(c => c.ProductId == id && c.FiscalYear >= 2025).ExecuteDeleteAsync();
            context.CostLines.AddRange(
                new CostLine { ProductId = id, FiscalYear = 2025, CostType = CostType.Maintenance, Kind = CostKind.Actual, Amount = 10_000m },
                new CostLine { ProductId = id, FiscalYear = 2026, CostType = CostType.Maintenance, Kind = CostKind.Plan, Amount = 10_000m * factors[i] });
        }

        await context.SaveChangesAsync();

        var all = await Service.QueryAsync(new ProductQuery { PageSize = 200 });
        var page = await Service.QueryAsync(new ProductQuery { Sort = ProductSort.CostChange, Descending = true, PageSize = 200 });

        var expected = all.Rows.OrderByDescending(r => r.Change ?? 0m).Select(r => r.Change ?? 0m).ToList();
        Assert.Equal(expected, page.Rows.Select(r => r.Change ?? 0m).ToList());
    }

    [Fact]
    public async Task A_view_survives_the_round_trip_through_its_address()
    {
        var view = new ProductQuery
        {
            Search = "Melde wesen & Co", DepartmentId = 3, CategoryId = 4, VendorId = 5, Operator = OperatorKind.VendorSaaS,
            Lifecycle = LifecycleStatus.PhaseOut, Sort = ProductSort.CostChange, Descending = true, Page = 2, PageSize = 50,
        };

        var address = ProductListUrl.For(view);
        var restored = ProductListUrl.Parse(new Uri(new Uri("http://localhost"), address));

        Assert.Equal(view, restored);
        Assert.Equal("/produkte", ProductListUrl.For(new ProductQuery()));
        Assert.Contains("seite=3", address);
        var fromAddress = await Service.QueryAsync(restored with { Page = 0, PageSize = 200, Search = null, DepartmentId = null, CategoryId = null, VendorId = null });
        var direct = await Service.QueryAsync(new ProductQuery { Operator = OperatorKind.VendorSaaS, Lifecycle = LifecycleStatus.PhaseOut, Sort = ProductSort.CostChange, Descending = true, PageSize = 200 });
        Assert.Equal(direct.Rows, fromAddress.Rows);
    }

    [Fact]
    public void Malformed_addresses_fall_back_to_the_plain_list()
    {
        var restored = ProductListUrl.Parse(new Uri("http://localhost/produkte?status=Kaputt&betrieb=99&sortierung=xyz&seite=-4&zeilen=7&suche=a%00b"));

        Assert.Equal(new ProductQuery(), restored);
    }

    [Fact]
    public async Task A_year_without_actuals_shows_its_plan()
    {
        await using var context = _db.CreateContext();
        var product = await context.Products.Where(p => p.CostLines.Any(c => c.FiscalYear == 2026 && c.Kind == CostKind.Plan)
                                                        && !p.CostLines.Any(c => c.FiscalYear == 2026 && c.Kind == CostKind.Actual))
            .OrderBy(p => p.Id).FirstAsync();
        var plan = await context.CostLines.Where(c => c.ProductId == product.Id && c.FiscalYear == 2026).SumAsync(c => c.Amount);
        var actualLastYear = await context.CostLines.Where(c => c.ProductId == product.Id && c.FiscalYear == 2025 && c.Kind == CostKind.Actual).SumAsync(c => c.Amount);

        var row = Assert.Single((await Service.QueryAsync(new ProductQuery { Search = product.InventoryNumber })).Rows);

        Assert.Equal(plan, row.CurrentYearCost);
        Assert.Equal(actualLastYear, row.PreviousYearCost);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(25)]
    [InlineData(200)]
    public async Task Every_page_states_the_same_total_whether_or_not_the_page_itself_tells_it(int pageSize)
    {
        await using var context = _db.CreateContext();
        var expected = await context.Products.CountAsync();
        var pages = (int)Math.Ceiling(expected / (double)pageSize);

        // Full pages count in the database, the last page is told by its own length, a page past the end counts again.
        for (var page = 0; page <= pages; page++)
        {
            var result = await Service.QueryAsync(new ProductQuery { Page = page, PageSize = pageSize });
            Assert.Equal(expected, result.TotalCount);
            Assert.Equal(Math.Clamp(expected - page * pageSize, 0, pageSize), result.Rows.Count);
        }

        var farBeyond = await Service.QueryAsync(new ProductQuery { Page = int.MaxValue - 1, PageSize = pageSize });
        Assert.Empty(farBeyond.Rows);
        Assert.Equal(expected, farBeyond.TotalCount);
    }
}
