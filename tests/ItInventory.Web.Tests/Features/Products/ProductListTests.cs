using Bunit;
using ItInventory.Web.Features.Products;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ItInventory.Web.Tests.Features.Products;

public class ProductListTests : MudComponentTest
{
    protected override void RegisterServices(IServiceCollection services) => services.AddScoped<ProductListService>();

    [Fact]
    public async Task The_product_page_lists_the_seeded_products_with_their_current_cost()
    {
        await using var context = Database.CreateContext();
        var first = await context.Products.OrderBy(p => p.Name).ThenBy(p => p.Id).Include(p => p.Vendor).FirstAsync();
        var total = await context.Products.CountAsync();

        var page = Context.Render<ProductList>();

        page.WaitForAssertion(() => Assert.Contains(first.Name, page.Markup), TimeSpan.FromSeconds(10));
        Assert.Contains(first.Vendor!.Name, page.Markup);
        Assert.Contains($"{total:N0} Produkte", page.Markup);
        Assert.Contains("Kosten 2026", page.Markup);
    }
}
