using System.Net;
using ItInventory.Core.Domain;
using ItInventory.Core.Domain.Tenants;
using ItInventory.Web.Composition;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Entities;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Features.Api;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Tenancy;

/// <summary>The app started in Development on an empty database, as <c>dotnet run</c> does: the sample city and Lindenfeld.</summary>
public sealed class SampleStartFixture : IAsyncLifetime
{
    public InventoryAppFactory Factory { get; private set; } = null!;
    public int LindenfeldId { get; private set; }

    public async Task InitializeAsync()
    {
        Factory = new InventoryAppFactory(await TestDatabase.CreateEmptyAsync());
        _ = Factory.Services; // starts the app: migrations, sample data, demo users
        await using var db = Factory.CreateContext();
        LindenfeldId = await db.Tenants.Where(t => t.Name == "Gemeinde Lindenfeld").Select(t => t.Id).SingleAsync();
    }

    public InventoryDbContext ContextOf(int tenantId) =>
        DataServiceCollectionExtensions.CreateInventoryDbContext(Factory.Provider, Factory.ConnectionString, tenant: new FixedTenant(tenantId));

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

public sealed class SampleTenantsStartTests(SampleStartFixture app) : IClassFixture<SampleStartFixture>
{
    [Fact]
    public async Task Lindenfeld_is_seeded_with_its_profile_and_a_small_municipalitys_inventory()
    {
        await using var first = app.Factory.CreateContext();
        var tenant = await first.Tenants.SingleAsync(t => t.Id == app.LindenfeldId);
        Assert.Equal(TenantKind.KreisangehoerigeGemeinde, tenant.Kind);
        Assert.Equal(FederalState.NordrheinWestfalen, tenant.FederalState);
        Assert.Equal("05998024", tenant.OfficialKey);
        Assert.Empty(OfficialKeys.Check(tenant.Kind, tenant.FederalState, tenant.OfficialKey, tenant.RegionalKey));
        Assert.InRange(tenant.Inhabitants ?? 0, 18_000, 22_000);
        Assert.Equal(2, await first.Tenants.CountAsync());
        Assert.Equal(137, await first.Products.CountAsync());

        await using var db = app.ContextOf(app.LindenfeldId);
        Assert.InRange(await db.Products.CountAsync(), 35, 45);
        Assert.All(await db.Products.Select(p => p.InventoryNumber).ToListAsync(), n => Assert.StartsWith("LF-", n));
        Assert.InRange(await db.Departments.CountAsync(), 10, 20);
        Assert.True(await db.Contracts.CountAsync() >= 20);
        Assert.True(await db.ProductStandards.CountAsync() >= 20);
        Assert.True(await db.Interfaces.CountAsync() >= 10);
        var actualYears = await db.CostLines.Where(c => c.Kind == CostKind.Actual).Select(c => c.FiscalYear).Distinct().OrderBy(y => y).ToListAsync();
        Assert.Equal(Enumerable.Range(2019, 7), actualYears);

        // Served by the same data centre, and several of the sample city's vendors: records of its own, same names.
        var dataCentre = await db.Vendors.SingleAsync(v => v.Kind == VendorKind.MunicipalDataCentre);
        var cityVendors = await first.Vendors.ToDictionaryAsync(v => v.Name, v => v.Id);
        Assert.True(cityVendors.ContainsKey(dataCentre.Name));
        var shared = await db.Vendors.Where(v => cityVendors.Keys.Contains(v.Name)).Select(v => new { v.Name, v.Id }).ToListAsync();
        Assert.True(shared.Count >= 10, $"Nur {shared.Count} gemeinsame Anbieter.");
        Assert.All(shared, v => Assert.NotEqual(cityVendors[v.Name], v.Id));
    }

    [Fact]
    public async Task Both_sample_tenants_link_their_shared_software_to_the_same_market_products()
    {
        await using var city = app.ContextOf(Tenant.FirstId);
        await using var lindenfeld = app.ContextOf(app.LindenfeldId);
        var cityLinks = await city.Products.Where(p => p.MarketProductId != null).ToDictionaryAsync(p => p.Name, p => p.MarketProductId);
        var lindenfeldLinks = await lindenfeld.Products.Where(p => p.MarketProductId != null).ToDictionaryAsync(p => p.Name, p => p.MarketProductId);

        Assert.Equal(40, lindenfeldLinks.Count);
        Assert.Equal(cityLinks["MeldeWerk EWO"], lindenfeldLinks["MeldeWerk EWO"]);
        Assert.All(lindenfeldLinks, l => Assert.Equal(cityLinks[l.Key], l.Value));
        // The catalogue is shared reference data: one copy, not one per tenant; nobody takes part until they decide to.
        Assert.Equal(40, await city.MarketProducts.CountAsync());
        Assert.Equal(40, await lindenfeld.MarketProducts.CountAsync());
        Assert.False(await city.Tenants.AnyAsync(t => t.TakesPartInComparison));
    }

    [Fact]
    public async Task The_demo_installation_has_an_operator_who_alone_edits_the_shared_catalogue()
    {
        var operatorClient = await app.Factory.CreateClientAsync("betrieb");
        var itLeitung = await app.Factory.CreateClientAsync("it-leitung");

        Assert.Contains("Gemeinde Lindenfeld", await operatorClient.GetStringAsync("/betrieb/mandanten"));
        Assert.Equal(HttpStatusCode.OK, (await operatorClient.GetAsync("/standards/neu")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await itLeitung.GetAsync("/standards/neu")).StatusCode);
    }

    [Fact]
    public async Task Its_administrator_signs_in_to_Lindenfeld_and_sees_nothing_of_the_sample_city_on_the_pages()
    {
        var (lindenfeldProduct, cityProduct) = await OneProductOfEachAsync();
        var lindenfeld = await app.Factory.CreateClientAsync("admin.lindenfeld");
        var city = await app.Factory.CreateClientAsync("admin");

        Assert.Contains(WebUtility.HtmlEncode(lindenfeldProduct.Name), await lindenfeld.GetStringAsync($"/produkte/{lindenfeldProduct.Id}"));
        var foreign = await lindenfeld.GetStringAsync($"/produkte/{cityProduct.Id}");
        Assert.Contains("gibt es nicht", foreign);
        Assert.DoesNotContain(WebUtility.HtmlEncode(cityProduct.Name), foreign);

        Assert.Contains(WebUtility.HtmlEncode(cityProduct.Name), await city.GetStringAsync($"/produkte/{cityProduct.Id}"));
        Assert.Contains("gibt es nicht", await city.GetStringAsync($"/produkte/{lindenfeldProduct.Id}"));
    }

    [Fact]
    public async Task The_api_lists_and_finds_only_the_callers_tenants_products()
    {
        var (lindenfeldProduct, cityProduct) = await OneProductOfEachAsync();
        var lindenfeld = await app.Factory.CreateTokenClientAsync("admin.lindenfeld", TokenScope.Read);
        var city = await app.Factory.CreateTokenClientAsync("admin", TokenScope.Read);

        var list = await (await lindenfeld.GetAsync("/api/v1/products?pageSize=100")).JsonAsync();
        await using var db = app.ContextOf(app.LindenfeldId);
        Assert.Equal(await db.Products.CountAsync(), list.GetProperty("total").GetInt32());
        Assert.All(list.GetProperty("items").EnumerateArray(), p => Assert.StartsWith("LF-", p.GetProperty("inventoryNumber").GetString()));
        Assert.Equal(137, (await (await city.GetAsync("/api/v1/products?pageSize=1")).JsonAsync()).GetProperty("total").GetInt32());

        Assert.Equal(HttpStatusCode.NotFound, (await lindenfeld.GetAsync($"/api/v1/products/{cityProduct.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await city.GetAsync($"/api/v1/products/{lindenfeldProduct.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await lindenfeld.GetAsync($"/api/v1/products/{lindenfeldProduct.Id}")).StatusCode);
    }

    [Theory]
    [InlineData("Standesbuch PS.net", 2024, "13,0 %")]
    [InlineData("Standesbuch PS.net", 2025, "18,0 %")]
    [InlineData("Terminfix Bürgerservice", 2025, "50,0 %")]
    public async Task The_analysis_finds_Lindenfelds_price_increases(string product, int year, string change)
    {
        var lindenfeld = await app.Factory.CreateTokenClientAsync("admin.lindenfeld", TokenScope.Read);

        var findings = await (await lindenfeld.GetAsync("/api/v1/findings?kind=PriceIncrease&pageSize=100")).JsonAsync();

        Assert.Contains(findings.GetProperty("items").EnumerateArray(), f =>
            f.GetProperty("subject").GetString() == product && f.GetProperty("year").GetInt32() == year && f.GetProperty("explanation").GetString()!.Contains(change));
    }

    [Fact]
    public async Task The_sample_city_starts_with_a_filled_inbox_and_Lindenfeld_with_an_empty_one()
    {
        await using var city = app.Factory.CreateContext();
        var statuses = await city.ReceivedInvoices.OrderBy(i => i.Id).Select(i => new { i.Status, Flagged = i.Flag != null }).ToListAsync();
        Assert.Equal(3, statuses.Count(s => s.Status == ReceivedInvoiceStatus.Booked));
        Assert.Equal(1, statuses.Count(s => s.Status == ReceivedInvoiceStatus.ToReview && !s.Flagged));
        Assert.Equal(1, statuses.Count(s => s.Flagged));
        Assert.Equal(3, await city.CostLines.CountAsync(c => c.ReceivedInvoiceId != null));
        await using var lindenfeld = app.ContextOf(app.LindenfeldId);
        Assert.Equal(0, await lindenfeld.ReceivedInvoices.CountAsync());
    }

    [Fact]
    public async Task A_second_start_adds_nothing()
    {
        await using var before = app.ContextOf(app.LindenfeldId);
        var counts = (await before.Tenants.CountAsync(), await before.Products.CountAsync(), await before.CostLines.CountAsync(), await before.Users.CountAsync());
        await using var cityBefore = app.Factory.CreateContext();
        var cityInvoices = await cityBefore.ReceivedInvoices.CountAsync();

        await app.Factory.Services.InitializeDatabaseAsync();

        await using var after = app.ContextOf(app.LindenfeldId);
        Assert.Equal(counts, (await after.Tenants.CountAsync(), await after.Products.CountAsync(), await after.CostLines.CountAsync(), await after.Users.CountAsync()));
        await using var cityAfter = app.Factory.CreateContext();
        Assert.Equal(cityInvoices, await cityAfter.ReceivedInvoices.CountAsync());
    }

    private async Task<(Product Lindenfeld, Product City)> OneProductOfEachAsync()
    {
        await using var city = app.Factory.CreateContext();
        await using var lindenfeld = app.ContextOf(app.LindenfeldId);
        return (await lindenfeld.Products.OrderBy(p => p.Id).FirstAsync(), await city.Products.OrderBy(p => p.Id).FirstAsync());
    }
}

/// <summary>A single-city installation (no sample data) stays exactly one tenant.</summary>
public sealed class SingleCityStartTests
{
    [Fact]
    public async Task Without_sample_data_there_is_one_tenant_and_no_further_demo_administrator()
    {
        await using var factory = new InventoryAppFactory(await TestDatabase.CreateEmptyAsync()) { Settings = new Dictionary<string, string?> { ["Inventory:LoadSampleCity"] = "false" } };
        _ = factory.Services;

        await using var db = factory.CreateContext();
        Assert.Equal(1, await db.Tenants.CountAsync());
        Assert.Equal(0, await db.Products.CountAsync());
        Assert.False(await db.Users.AnyAsync(u => u.UserName!.StartsWith("admin.")));
        Assert.True(await db.Users.AnyAsync(u => u.UserName == "admin"));
    }
}
