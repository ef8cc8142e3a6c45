using ItInventory.Core.Domain;
using ItInventory.Web.Features.Products;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Products;

/// <summary>Deleting, retiring and who may change products.</summary>
public class ProductDeletionTests : ProductEditTestBase
{
    [Fact]
    public async Task Deleting_a_product_with_cost_lines_is_refused_and_suggests_retiring_it()
    {
        await using var context = Db.CreateContext();
        var product = await context.Products.Where(p => p.CostLines.Any()).OrderBy(p => p.Id).FirstAsync();
        var lines = await context.CostLines.CountAsync(c => c.ProductId == product.Id);

        var refusal = await Assert.ThrowsAsync<DeleteRefusedException>(() => Service.DeleteAsync(product.Id, product.Version));

        Assert.Equal($"Das Produkt „{product.Name}“ hat {lines} Kostenpositionen; setzen Sie es stattdessen auf „außer Betrieb“.", refusal.Message);
        await using var check = Db.CreateContext();
        Assert.True(await check.Products.AnyAsync(p => p.Id == product.Id));
    }

    [Fact]
    public async Task Deleting_a_product_covered_by_a_contract_is_refused_and_names_the_contract()
    {
        var id = await Service.CreateAsync(await ValidInputAsync());
        await using (var context = Db.CreateContext())
        {
            var contract = await context.Contracts.Include(c => c.Products).OrderBy(c => c.Id).FirstAsync();
            contract.Products.Add(await context.Products.SingleAsync(p => p.Id == id));
            await context.SaveChangesAsync();
        }

        await using var read = Db.CreateContext();
        var product = await read.Products.SingleAsync(p => p.Id == id);
        var number = await read.Contracts.Where(c => c.Products.Any(p => p.Id == id)).Select(c => c.ContractNumber).SingleAsync();
        var refusal = await Assert.ThrowsAsync<DeleteRefusedException>(() => Service.DeleteAsync(id, product.Version));

        Assert.Contains($"ist Gegenstand von 1 Vertrag ({number})", refusal.Message);
        Assert.Contains("„außer Betrieb“", refusal.Message);
    }

    [Fact]
    public async Task An_unused_product_is_deleted_with_its_department_shares()
    {
        var id = await Service.CreateAsync(await ValidInputAsync());
        var version = (await Service.GetForEditAsync(id)).Version;

        await Service.DeleteAsync(id, version);

        await using var context = Db.CreateContext();
        Assert.False(await context.Products.AnyAsync(p => p.Id == id));
        Assert.False(await context.ProductDepartments.AnyAsync(d => d.ProductId == id));
    }

    [Fact]
    public async Task Retiring_a_product_keeps_its_cost_history()
    {
        await using var context = Db.CreateContext();
        var id = await context.Products.Where(p => p.Lifecycle == LifecycleStatus.Active && p.CostLines.Any()).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        var lines = await context.CostLines.CountAsync(c => c.ProductId == id);
        var form = await Service.GetForEditAsync(id);
        form.Lifecycle = LifecycleStatus.Retired;

        await Service.UpdateAsync(id, form);

        await using var check = Db.CreateContext();
        Assert.Equal(LifecycleStatus.Retired, (await check.Products.SingleAsync(p => p.Id == id)).Lifecycle);
        Assert.Equal(lines, await check.CostLines.CountAsync(c => c.ProductId == id));
    }

    [Fact]
    public async Task Procurement_may_not_change_products()
    {
        var service = new ProductEditService(Db.Factory, FixedCurrentUser.WithRoles("b.beschaffer", Roles.Beschaffung));

        await Assert.ThrowsAsync<AccessDeniedException>(async () => await service.CreateAsync(await ValidInputAsync()));
    }
}
