using ItInventory.Core.Analysis;
using ItInventory.Web.Features.Findings;
using ItInventory.Web.Features.Products;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;

namespace ItInventory.Web.Tests.Features.Products;

public class ProductFindingFilterTests : IAsyncLifetime
{
    private static readonly ICurrentUser User = FixedCurrentUser.WithRoles("il", Roles.ItLeitung);
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateSampleCityAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Theory]
    [InlineData(FindingKind.ComplianceGap, "Gewerbe-Manager")]
    [InlineData(FindingKind.PriceIncrease, "Standesbuch PS.net")]
    public async Task The_grid_filters_by_finding_and_the_address_keeps_the_filter(FindingKind kind, string expectedProduct)
    {
        var findings = new FindingsService(TestServices.Analysis(_db, User), _db.Factory, User);
        var service = new ProductListService(_db.Factory, _db.Clock, User, findings);
        var flaggedIds = (await findings.ListAsync(new FindingFilter { Kind = kind }))
            .Where(r => r.Finding.Subject.Kind == SubjectKind.Product).Select(r => r.Finding.Subject.Id).ToHashSet();
        var query = ProductListUrl.Parse(new Uri("http://x" + ProductListUrl.For(new ProductQuery { Finding = kind, PageSize = 100 })));

        var page = await service.QueryAsync(query);

        Assert.Equal(kind, query.Finding);
        Assert.Equal(flaggedIds.Count, page.TotalCount);
        Assert.All(page.Rows, r => Assert.Contains(r.Id, flaggedIds));
        Assert.Contains(page.Rows, r => r.Name == expectedProduct);
        Assert.True(page.TotalCount < (await service.QueryAsync(new ProductQuery())).TotalCount);
    }
}
