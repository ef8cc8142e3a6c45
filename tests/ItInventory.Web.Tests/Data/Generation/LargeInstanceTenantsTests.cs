using ItInventory.Core.Domain;
using ItInventory.Core.Domain.Tenants;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Generation;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Data.Generation;

/// <summary><c>generate --tenants N</c>: the large instance as a data centre's member municipalities.</summary>
public class LargeInstanceTenantsTests
{
    private static readonly LargeInstanceSettings SevenTenants = new(Products: 300, Years: 4, Seed: 7, Tenants: 7);

    [Fact]
    public async Task Spreads_the_products_over_the_tenants_each_with_an_inventory_of_its_own()
    {
        await using var db = await TestDatabase.CreateEmptyAsync();
        var summary = await new LargeInstanceGenerator(db.Factory, db.Clock).GenerateAsync(SevenTenants, TestDatabase.SeedFolder);

        await using var first = db.CreateContext();
        var tenants = await first.Tenants.OrderBy(t => t.Id).ToListAsync();
        Assert.Equal(7, tenants.Count);
        Assert.Equal(7, summary.Tenants);
        Assert.All(tenants.Skip(1), t =>
        {
            Assert.Contains("Generiert", t.Name);
            Assert.Empty(OfficialKeys.Check(t.Kind, t.FederalState, t.OfficialKey, t.RegionalKey));
            Assert.InRange(t.Inhabitants ?? 0, 1_000, 700_000);
        });
        Assert.True(tenants.Skip(1).Select(t => t.Inhabitants).Distinct().Count() > 3, "Die Einwohnerzahlen variieren nicht.");

        var products = 0;
        long costLines = 0;
        var departmentCount = await first.Departments.CountAsync();
        foreach (var tenant in tenants)
        {
            await using var own = DataServiceCollectionExtensions.CreateInventoryDbContext(db.Provider, db.ConnectionString, tenant: new FixedTenant(tenant.Id));
            var count = await own.Products.CountAsync();
            Assert.InRange(count, 42, 43);
            products += count;
            costLines += await own.CostLines.LongCountAsync();
            Assert.Equal(departmentCount, await own.Departments.CountAsync());
            Assert.True(await own.Vendors.CountAsync() >= 20);
            Assert.True(await own.Contracts.AnyAsync());

            // Every reference stays inside the tenant: the query filter hides other tenants' rows, so a dangling id would show.
            var vendorIds = await own.Vendors.Select(v => v.Id).ToListAsync();
            var departmentIds = await own.Departments.Select(d => d.Id).ToListAsync();
            var owned = await own.Products.Select(p => new { p.VendorId, p.OwnerDepartmentId }).ToListAsync();
            Assert.All(owned, p => Assert.Contains(p.VendorId, vendorIds));
            Assert.All(owned, p => Assert.Contains(p.OwnerDepartmentId, departmentIds));
            Assert.True(await own.Contracts.AllAsync(c => c.Products.Any() && c.Products.All(p => p.VendorId == c.VendorId)));
            Assert.Equal(await own.CostLines.CountAsync(), await own.CostLines.CountAsync(c => own.Products.Any(p => p.Id == c.ProductId)));
            Assert.Contains(await own.AuditEntries.Select(e => e.Summary).ToListAsync(), s => s!.Contains($"von 7): {count} Produkte"));
        }

        Assert.Equal(300, products);
        Assert.Equal(summary.CostLines, costLines);
    }

    [Fact]
    public async Task New_records_of_any_tenant_continue_after_the_generated_keys()
    {
        await using var db = await TestDatabase.CreateEmptyAsync();
        var summary = await new LargeInstanceGenerator(db.Factory, db.Clock).GenerateAsync(SevenTenants, TestDatabase.SeedFolder);
        await using var first = db.CreateContext();
        var last = await first.Tenants.MaxAsync(t => t.Id);

        await using var own = DataServiceCollectionExtensions.CreateInventoryDbContext(db.Provider, db.ConnectionString, tenant: new FixedTenant(last));
        var vendor = new Vendor { Name = "Nachgetragener Anbieter", Country = "DE" };
        own.Vendors.Add(vendor);
        await own.SaveChangesAsync();

        Assert.True(vendor.Id > summary.Vendors, $"Neuer Schlüssel {vendor.Id}, erzeugt wurden {summary.Vendors}.");
    }

    [Theory]
    [InlineData(300, 0)]
    [InlineData(10, 11)]
    [InlineData(20_000, 10_001)]
    public void Impossible_tenant_counts_are_explained(int products, int tenants)
    {
        var error = Assert.Throws<ArgumentException>(() => new LargeInstanceSettings(products, 4, 1, tenants).Validate());

        Assert.Contains("--tenants muss zwischen 1 und der Zahl der Produkte liegen", error.Message);
    }
}
