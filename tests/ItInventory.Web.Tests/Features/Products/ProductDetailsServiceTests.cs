using ItInventory.Core.Domain;
using ItInventory.Web.Features.Products;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Products;

public class ProductDetailsServiceTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateSampleCityAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private ProductDetailsService Service => new(_db.Factory, _db.Clock, FixedCurrentUser.WithRoles("b.beschaffer", Roles.Beschaffung));

    [Fact]
    public async Task A_product_comes_with_its_contracts_standards_interfaces_departments_and_costs()
    {
        await using var context = _db.CreateContext();
        var id = await context.Products
            .Where(p => p.Contracts.Any() && p.StandardSupport.Any() && p.CostLines.Any() && context.Interfaces.Any(i => i.SourceProductId == p.Id))
            .OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();

        var details = await Service.GetAsync(id);

        Assert.Equal(await context.Contracts.CountAsync(c => c.Products.Any(p => p.Id == id)), details.Contracts.Count);
        Assert.Equal(await context.ProductStandards.CountAsync(s => s.ProductId == id), details.Standards.Count);
        Assert.Equal(await context.Interfaces.CountAsync(i => i.SourceProductId == id), details.OutgoingInterfaces.Count);
        Assert.Equal(await context.Interfaces.CountAsync(i => i.TargetProductId == id), details.IncomingInterfaces.Count);
        Assert.Equal(await context.CostLines.CountAsync(c => c.ProductId == id), details.CostLines.Count);
        Assert.Equal(100m, details.UsingDepartments.Sum(d => d.CostSharePercent));
        Assert.Single(details.UsingDepartments, d => d.IsOwner);
    }

    [Fact]
    public async Task A_retired_product_keeps_its_cost_history_on_its_page()
    {
        await using var context = _db.CreateContext();
        var retired = await context.Products.Where(p => p.Lifecycle == LifecycleStatus.Retired && p.CostLines.Any()).OrderBy(p => p.Id).FirstAsync();

        var details = await Service.GetAsync(retired.Id);

        Assert.Equal(LifecycleStatus.Retired, details.Lifecycle);
        Assert.NotEmpty(details.CostTable.Years);
        Assert.Equal(await context.CostLines.Where(c => c.ProductId == retired.Id).SumAsync(c => c.Amount), details.CostLines.Sum(c => c.Amount));
    }

    [Fact]
    public async Task An_unknown_product_is_reported_in_German()
    {
        var missing = await Assert.ThrowsAsync<NotFoundException>(() => Service.GetAsync(987_654));

        Assert.Equal("Das Produkt mit der Nummer 987654 gibt es nicht (mehr).", missing.Message);
    }
}
