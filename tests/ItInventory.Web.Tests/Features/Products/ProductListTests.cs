using Bunit;
using ItInventory.Core.Domain;
using ItInventory.Web.Features.Products;
using ItInventory.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Extensions;

namespace ItInventory.Web.Tests.Features.Products;

public class ProductListTests : MudComponentTest
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    protected override void RegisterServices(IServiceCollection services) => services.AddProductsFeature();

    private NavigationManager Navigation => Context.Services.GetRequiredService<NavigationManager>();

    [Fact]
    public async Task The_product_page_lists_the_seeded_products_with_their_current_cost()
    {
        await using var context = Database.CreateContext();
        var first = await context.Products.OrderBy(p => p.Name).ThenBy(p => p.Id).Include(p => p.Vendor).FirstAsync();
        var total = await context.Products.CountAsync();

        var page = Context.Render<ProductList>();

        page.WaitForAssertion(() => Assert.Contains(first.Name, page.Markup), Wait);
        Assert.Contains(first.Vendor!.Name, page.Markup);
        Assert.Contains($"{total:N0} Produkte", page.Markup);
        Assert.Contains("Kosten 2026", page.Markup);
        Assert.Contains($"href=\"/produkte/{first.Id}\"", page.Markup);
    }

    [Fact]
    public async Task Choosing_a_lifecycle_filter_shows_only_those_products_and_puts_the_filter_in_the_address()
    {
        await using var context = Database.CreateContext();
        var retired = await context.Products.Where(p => p.Lifecycle == LifecycleStatus.Retired).OrderBy(p => p.Name).Select(p => p.Name).ToListAsync();
        var active = await context.Products.Where(p => p.Lifecycle == LifecycleStatus.Active).OrderBy(p => p.Name).Select(p => p.Name).FirstAsync();
        Assert.NotEmpty(retired);
        var page = Context.Render<ProductList>();
        page.WaitForAssertion(() => Assert.Contains(active, page.Markup), Wait);

        await page.InvokeAsync(() => page.Find("select[data-testid=filter-lifecycle]").Change(nameof(LifecycleStatus.Retired)));

        page.WaitForAssertion(() => Assert.Contains(retired.Count == 1 ? "1 Produkt" : $"{retired.Count:N0} Produkte", page.Markup), Wait);
        Assert.DoesNotContain($">{active}<", page.Markup);
        Assert.Contains($">{retired[0]}<", page.Markup);
        Assert.EndsWith("/produkte?status=Retired", Navigation.Uri);
    }

    [Fact]
    public async Task Typing_in_the_quick_search_narrows_the_rows()
    {
        await using var context = Database.CreateContext();
        var target = await context.Products.OrderBy(p => p.Id).Skip(5).FirstAsync();
        var page = Context.Render<ProductList>();
        page.WaitForAssertion(() => Assert.Contains("Produkte", page.Find("[role=status]").TextContent), Wait);

        var search = page.FindComponents<MudTextField<string>>().Single();
        await page.InvokeAsync(() => search.Instance.ValueChanged.InvokeAsync(target.InventoryNumber));

        page.WaitForAssertion(() => Assert.Equal("1 Produkt", page.Find("[role=status]").TextContent), Wait);
        Assert.Contains(target.Name, page.Markup);
        Assert.Contains($"suche={target.InventoryNumber}", Navigation.Uri);
    }

    [Fact]
    public async Task Opening_a_shared_address_restores_the_filters()
    {
        await using var context = Database.CreateContext();
        var vendor = await context.Vendors.Where(v => v.Products.Count >= 2).OrderBy(v => v.Id).FirstAsync();
        var expected = await context.Products.CountAsync(p => p.VendorId == vendor.Id);
        Navigation.NavigateTo($"/produkte?anbieter={vendor.Id}&sortierung=kosten&absteigend=ja");

        var page = Context.Render<ProductList>();

        page.WaitForAssertion(() => Assert.Equal($"{expected:N0} Produkte", page.Find("[role=status]").TextContent), Wait);
        // The vendor's name is looked up after the list's count can already show: wait for it too.
        page.WaitForAssertion(() =>
        {
            var search = page.FindComponents<MudAutocomplete<LookupItem>>().Single(s => s.Instance.Label == "Anbieter");
            var chosen = search.Instance.GetState(s => s.Value);
            Assert.Equal<(int?, string?)>((vendor.Id, vendor.Name), (chosen?.Id, chosen?.Name));
        }, Wait);
        var shown = page.FindAll("tbody tr td:nth-child(1)").Select(td => td.TextContent.Trim()).ToList();
        var byCostDescending = await context.Products.Where(p => p.VendorId == vendor.Id).Select(p => new
            {
                p.InventoryNumber,
                Cost = p.CostLines.Where(c => c.FiscalYear == 2026 && c.Kind == CostKind.Actual).Sum(c => (decimal?)c.Amount)
                       ?? p.CostLines.Where(c => c.FiscalYear == 2026 && c.Kind == CostKind.Plan).Sum(c => (decimal?)c.Amount) ?? 0m,
            }).ToListAsync();
        Assert.Equal(byCostDescending.OrderByDescending(p => p.Cost).Select(p => p.Cost), shown.Select(n => byCostDescending.Single(p => p.InventoryNumber == n).Cost));
        Assert.Contains("sortierung=kosten", Navigation.Uri);
    }
}
