using ItInventory.Core.Comparison;
using ItInventory.Core.Domain.Tenants;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Comparison;

/// <summary>
/// The comparison figures a vendor's Verhandlungsmappe shows for its products: the page's groups and numbers, nothing
/// for a municipality that does not take part, and nothing of a group below k.
/// </summary>
public sealed class ProductComparisonTests(ComparisonTenants tenants) : IClassFixture<ComparisonTenants>
{
    [Fact]
    public async Task A_linked_product_gets_the_same_published_figures_as_the_comparison_page()
    {
        var (linked, unlinked) = await SampleCityProductsAsync();
        var service = tenants.ServiceOf(Tenant.FirstId);

        var figures = await service.ForProductsAsync([linked, unlinked]);
        var page = await service.ViewAsync();

        Assert.True(figures.TakesPart);
        Assert.Equal(1, figures.Linked);
        Assert.Empty(figures.WithoutGroup);
        Assert.All(figures.Figures, f => Assert.Equal(linked, f.ProductId));
        var pageLines = page.Lines.Where(l => l.Scope == ComparisonScope.MarketProduct && l.Subject.StartsWith("MeldeWerk EWO", StringComparison.Ordinal))
            .Select(l => (l.Metric, l.Group, l.Own, l.OwnPercentile)).OrderBy(l => l.Metric);
        Assert.Equal(pageLines, figures.Figures.Select(f => (f.Metric, f.Group, f.Own, f.OwnPercentile)).OrderBy(l => l.Metric));
        Assert.Contains(figures.Figures, f => f.Metric == ComparisonMetric.CostPerInhabitant && f.Group.Members == 6);
    }

    [Fact]
    public async Task Below_k_or_without_taking_part_nothing_is_shown()
    {
        var (linked, _) = await SampleCityProductsAsync();
        var service = tenants.ServiceOf(Tenant.FirstId);
        var others = ComparisonTenants.Others.Select(o => tenants.TenantIds[o.Name]).Take(2).ToList();

        foreach (var id in others)
            await tenants.SetTakesPartAsync(id, false);
        try
        {
            // Four municipalities left, k = 5: the product is named as without a group, no figure at all.
            var small = await service.ForProductsAsync([linked]);
            Assert.Empty(small.Figures);
            Assert.Equal([await NameOfAsync(linked)], small.WithoutGroup);
        }
        finally
        {
            foreach (var id in others)
                await tenants.SetTakesPartAsync(id, true);
        }

        await tenants.SetTakesPartAsync(Tenant.FirstId, false);
        try
        {
            var outside = await service.ForProductsAsync([linked]);
            Assert.False(outside.TakesPart);
            Assert.Empty(outside.Figures);
        }
        finally
        {
            await tenants.SetTakesPartAsync(Tenant.FirstId, true);
        }
    }

    [Fact]
    public async Task Another_municipalitys_product_id_yields_nothing()
    {
        var foreignId = tenants.TenantIds[ComparisonTenants.Others[0].Name];
        await using var foreign = tenants.Db.CreateContext(foreignId);
        var theirs = await foreign.Products.Select(p => p.Id).SingleAsync();

        var figures = await tenants.ServiceOf(Tenant.FirstId).ForProductsAsync([theirs]);

        Assert.Equal(0, figures.Linked);
        Assert.Empty(figures.Figures);
    }

    private async Task<string> NameOfAsync(int productId)
    {
        await using var db = tenants.Db.CreateContext(Tenant.FirstId);
        return await db.Products.Where(p => p.Id == productId).Select(p => p.Name).SingleAsync();
    }

    private async Task<(int Linked, int Unlinked)> SampleCityProductsAsync()
    {
        await using var db = tenants.Db.CreateContext(Tenant.FirstId);
        var linked = await db.Products.Where(p => p.MarketProduct!.Key == ComparisonTenants.MarketProduct).Select(p => p.Id).SingleAsync();
        var unlinked = await db.Products.Where(p => p.MarketProductId == null).Select(p => p.Id).FirstAsync();
        return (linked, unlinked);
    }
}
