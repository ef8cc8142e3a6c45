using ItInventory.Core.Domain;
using ItInventory.Web.Features.Costs;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Costs;

/// <summary>The cost list: filters, sorting, the contracts offered for a product, who may read, odd search input.</summary>
public partial class CostLineServiceTests
{
    [Fact]
    public async Task Filters_select_the_same_lines_as_a_direct_query_and_the_totals_match()
    {
        await using var context = _db.CreateContext();
        var product = await context.Products.Include(p => p.UsingDepartments).Where(p => p.UsingDepartments.Count >= 2).OrderBy(p => p.Id).FirstAsync();
        var department = product.UsingDepartments.First(d => d.DepartmentId != product.OwnerDepartmentId).DepartmentId;

        async Task Check(CostLineQuery query, IQueryable<CostLine> expected)
        {
            var page = await Service.QueryAsync(query with { PageSize = 200 });
            var count = await expected.CountAsync();
            Assert.True(count > 0);
            Assert.Equal(count, page.TotalCount);
            Assert.Equal(await expected.Where(c => c.Kind == CostKind.Plan).SumAsync(c => c.Amount), page.PlanTotal);
            Assert.Equal(await expected.Where(c => c.Kind == CostKind.Actual).SumAsync(c => c.Amount), page.ActualTotal);
            if (count <= 200) Assert.Equal(await expected.Select(c => c.Id).OrderBy(i => i).ToListAsync(), page.Rows.Select(r => r.Id).Order().ToList());
        }

        await Check(new CostLineQuery { Year = 2024 }, context.CostLines.Where(c => c.FiscalYear == 2024));
        await Check(new CostLineQuery { ProductSearch = product.InventoryNumber }, context.CostLines.Where(c => c.ProductId == product.Id));
        await Check(new CostLineQuery { DepartmentId = department, Year = 2025 },
            context.CostLines.Where(c => c.FiscalYear == 2025 && (c.Product!.OwnerDepartmentId == department || c.Product.UsingDepartments.Any(d => d.DepartmentId == department))));
        await Check(new CostLineQuery { VendorId = product.VendorId }, context.CostLines.Where(c => c.Product!.VendorId == product.VendorId));
        await Check(new CostLineQuery { CostType = CostType.Hosting, Year = 2023 }, context.CostLines.Where(c => c.CostType == CostType.Hosting && c.FiscalYear == 2023));
        await Check(new CostLineQuery { Kind = CostKind.Plan, Year = 2026 }, context.CostLines.Where(c => c.Kind == CostKind.Plan && c.FiscalYear == 2026));
    }

    [Fact]
    public async Task Sorting_by_amount_pages_through_the_lines_in_order()
    {
        var first = await Service.QueryAsync(new CostLineQuery { Year = 2025, Sort = CostLineSort.Amount, Descending = true, PageSize = 10 });
        var second = await Service.QueryAsync(new CostLineQuery { Year = 2025, Sort = CostLineSort.Amount, Descending = true, PageSize = 10, Page = 1 });

        var amounts = first.Rows.Concat(second.Rows).Select(r => r.Amount).ToList();
        Assert.Equal(amounts.OrderByDescending(a => a), amounts);
        await using var context = _db.CreateContext();
        Assert.Equal(await context.CostLines.Where(c => c.FiscalYear == 2025).MaxAsync(c => c.Amount), amounts[0]);
    }

    [Fact]
    public async Task Only_contracts_of_the_products_vendor_that_cover_it_are_offered()
    {
        var (productId, contractId) = await ProductWithContractAsync();

        var offered = await Service.ContractsForProductAsync(productId);

        Assert.Contains(offered, c => c.Id == contractId);
        await using var context = _db.CreateContext();
        var vendorId = await context.Products.Where(p => p.Id == productId).Select(p => p.VendorId).SingleAsync();
        foreach (var item in offered)
        {
            var contract = await context.Contracts.Include(c => c.Products).SingleAsync(c => c.Id == item.Id);
            Assert.Equal(vendorId, contract.VendorId);
            Assert.Contains(contract.Products, p => p.Id == productId);
        }
    }

    [Fact]
    public async Task A_council_member_may_not_read_or_write_cost_lines()
    {
        var service = new CostLineService(_db.Factory, FixedCurrentUser.WithRoles("r.rat", Roles.Rat));

        await Assert.ThrowsAsync<AccessDeniedException>(() => service.QueryAsync(new CostLineQuery()));
        await Assert.ThrowsAsync<AccessDeniedException>(async () => await service.CreateAsync(await ValidInputAsync()));
    }

    /// <summary>
    /// A pasted U+0000 in a search box: PostgreSQL refuses it even as a query parameter, so every LIKE search drops it
    /// (SqlLike) rather than ending in an error. Runs on both providers.
    /// </summary>
    [Fact]
    public async Task A_search_containing_the_null_character_searches_for_the_rest()
    {
        await using var context = _db.CreateContext();
        var product = await context.Products.Where(p => p.CostLines.Any()).OrderBy(p => p.Id).FirstAsync();
        var name = product.Name[..Math.Min(6, product.Name.Length)];

        var withNul = await Service.QueryAsync(new CostLineQuery { ProductSearch = name[..3] + "\0" + name[3..] });
        var without = await Service.QueryAsync(new CostLineQuery { ProductSearch = name });

        Assert.Equal(without.TotalCount, withNul.TotalCount);
        Assert.True(withNul.TotalCount > 0);
    }
}
