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
    public async Task Current_cost_uses_actuals_where_they_exist_and_plan_otherwise()
    {
        await using var context = _db.CreateContext();
        var product = await context.Products.OrderBy(p => p.Id).FirstAsync();
        context.CostLines.AddRange(
            new CostLine { ProductId = product.Id, FiscalYear = 2026, CostType = CostType.Other, Kind = CostKind.Actual, Amount = 1000.50m },
            new CostLine { ProductId = product.Id, FiscalYear = 2025, CostType = CostType.Other, Kind = CostKind.Plan, Amount = 999_999m });
        await context.SaveChangesAsync();
        var expectedCurrent = await context.CostLines.Where(c => c.ProductId == product.Id && c.FiscalYear == 2026 && c.Kind == CostKind.Actual).SumAsync(c => c.Amount);
        var expectedPrevious = await context.CostLines.Where(c => c.ProductId == product.Id && c.FiscalYear == 2025 && c.Kind == CostKind.Actual).SumAsync(c => c.Amount);

        var page = await Service.QueryAsync(new ProductQuery { Search = product.InventoryNumber });

        var row = Assert.Single(page.Rows);
        Assert.Equal(expectedCurrent, row.CurrentYearCost);
        Assert.Equal(1000.50m, row.CurrentYearCost);
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
}
