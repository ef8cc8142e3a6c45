using ItInventory.Core.Analysis;
using ItInventory.Core.Domain;
using ItInventory.Web.Features.Findings;
using ItInventory.Web.Features.Products;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Products;

/// <summary>
/// Every order of the product list, each a compiled query of its own, and the same orders composed at run time under
/// the findings filter: small pages put together give the one large page, every product exactly once.
/// </summary>
public class ProductListOrderTests : IAsyncLifetime
{
    private static readonly ICurrentUser User = FixedCurrentUser.WithRoles("test.user", Roles.Beschaffung);
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateSampleCityAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    public static TheoryData<ProductSort, bool> Orders()
    {
        var data = new TheoryData<ProductSort, bool>();
        foreach (var sort in Enum.GetValues<ProductSort>())
        {
            data.Add(sort, false);
            data.Add(sort, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task Pages_of_every_order_add_up_to_the_whole_list(ProductSort sort, bool descending)
    {
        var service = new ProductListService(_db.Factory, _db.Clock, User);
        await using var context = _db.CreateContext();
        var all = await context.Products.Select(p => p.Id).OrderBy(id => id).ToListAsync();

        var whole = await service.QueryAsync(new ProductQuery { Sort = sort, Descending = descending, PageSize = ProductListService.MaxPageSize });
        var pieced = await PiecedAsync(service, new ProductQuery { Sort = sort, Descending = descending, PageSize = 7 }, whole.TotalCount);

        Assert.Equal(all, whole.Rows.Select(r => r.Id).Order());
        Assert.Equal(whole.Rows.Select(r => r.Id), pieced);
        if (sort == ProductSort.CurrentCost)
        {
            var costs = whole.Rows.Select(r => r.CurrentYearCost).ToList();
            Assert.Equal(descending ? costs.OrderByDescending(c => c) : costs.Order(), costs);
        }
    }

    [Theory]
    [InlineData(ProductSort.Name, false)]
    [InlineData(ProductSort.CurrentCost, true)]
    [InlineData(ProductSort.Vendor, false)]
    public async Task Under_the_findings_filter_the_same_orders_hold(ProductSort sort, bool descending)
    {
        var findings = new FindingsService(TestServices.Analysis(_db, User), _db.Factory, User);
        var service = new ProductListService(_db.Factory, _db.Clock, User, findings);
        var flagged = (await findings.ProductsWithAsync(FindingKind.ComplianceGap, null, CancellationToken.None)).Order().ToList();
        var plain = await service.QueryAsync(new ProductQuery { Sort = sort, Descending = descending, PageSize = ProductListService.MaxPageSize });

        var query = new ProductQuery { Finding = FindingKind.ComplianceGap, Sort = sort, Descending = descending, PageSize = 3 };
        var whole = await service.QueryAsync(query with { PageSize = ProductListService.MaxPageSize });
        var pieced = await PiecedAsync(service, query, whole.TotalCount);

        Assert.NotEmpty(flagged);
        Assert.Equal(flagged, whole.Rows.Select(r => r.Id).Order());
        Assert.Equal(whole.Rows.Select(r => r.Id), pieced);
        // Narrowing keeps the order: the flagged products come in the order the whole list gives them.
        Assert.Equal(plain.Rows.Select(r => r.Id).Where(flagged.Contains), whole.Rows.Select(r => r.Id));
        Assert.Equal(plain.Rows.Where(r => flagged.Contains(r.Id)), whole.Rows);
    }

    private static async Task<List<int>> PiecedAsync(ProductListService service, ProductQuery query, int total)
    {
        var ids = new List<int>();
        for (var page = 0; page * query.PageSize < total; page++)
        {
            var result = await service.QueryAsync(query with { Page = page });
            Assert.Equal(total, result.TotalCount);
            ids.AddRange(result.Rows.Select(r => r.Id));
        }

        return ids;
    }
}
