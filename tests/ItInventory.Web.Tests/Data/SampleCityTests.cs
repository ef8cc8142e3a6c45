using ItInventory.Core.Domain;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Data;

public class SampleCityTests
{
    [Fact]
    public async Task The_sample_city_loads_completely()
    {
        await using var db = await TestDatabase.CreateSampleCityAsync();
        await using var context = db.CreateContext();

        Assert.True(await context.Products.CountAsync() >= 120);
        Assert.True(await context.Vendors.CountAsync() >= 40);
        Assert.True(await context.Vendors.CountAsync(v => v.Kind == VendorKind.MunicipalDataCentre) >= 2);
        Assert.True(await context.Contracts.CountAsync() >= 60);
        Assert.True(await context.Standards.CountAsync() >= 30);
        Assert.True(await context.Interfaces.CountAsync() > 0);
        Assert.True(await context.ProductStandards.CountAsync() > 0);
        Assert.True(await context.Products.Select(p => p.OwnerDepartmentId).Distinct().CountAsync() >= 25);
        Assert.Equal(Enumerable.Range(2014, 12), await context.PriceIndex.OrderBy(p => p.Year).Select(p => p.Year).ToListAsync());
        Assert.Equal(119.3m, (await context.PriceIndex.SingleAsync(p => p.Year == 2024)).Value);

        var actualYears = await context.CostLines.Where(c => c.Kind == CostKind.Actual).Select(c => c.FiscalYear).Distinct().OrderBy(y => y).ToListAsync();
        Assert.Equal(Enumerable.Range(2019, 7), actualYears);
        var planYears = await context.CostLines.Where(c => c.Kind == CostKind.Plan).Select(c => c.FiscalYear).Distinct().OrderBy(y => y).ToListAsync();
        Assert.Contains(2026, planYears);
        Assert.Contains(2027, planYears);
    }

    [Fact]
    public async Task Every_reference_in_the_sample_city_resolves()
    {
        await using var db = await TestDatabase.CreateSampleCityAsync();
        await using var context = db.CreateContext();

        var departmentIds = await context.Departments.Select(d => d.Id).ToListAsync();
        var vendorIds = await context.Vendors.Select(v => v.Id).ToListAsync();
        var products = await context.Products.Include(p => p.UsingDepartments).ToListAsync();
        Assert.All(products, p =>
        {
            Assert.Contains(p.OwnerDepartmentId, departmentIds);
            Assert.Contains(p.VendorId, vendorIds);
            Assert.NotEmpty(p.UsingDepartments);
            Assert.Equal(100m, p.UsingDepartments.Sum(d => d.CostSharePercent));
        });

        var productIds = products.Select(p => p.Id).ToHashSet();
        var costLines = await context.CostLines.ToListAsync();
        Assert.All(costLines, c =>
        {
            Assert.Contains(c.ProductId, productIds);
            Assert.InRange(c.FiscalYear, 2000, 2100);
            Assert.True(c.Amount >= 0);
        });

        var contracts = await context.Contracts.Include(c => c.Products).ToListAsync();
        Assert.All(contracts, c => Assert.NotEmpty(c.Products));
    }

    [Fact]
    public async Task Money_survives_the_round_trip_to_the_cent_and_sums_in_the_database()
    {
        await using var db = await TestDatabase.CreateSampleCityAsync();
        await using var context = db.CreateContext();

        var inMemory = (await context.CostLines.Where(c => c.FiscalYear == 2024).Select(c => c.Amount).ToListAsync()).Sum();
        var inDatabase = await context.CostLines.Where(c => c.FiscalYear == 2024).SumAsync(c => c.Amount);

        Assert.Equal(inMemory, inDatabase);
        Assert.True(inDatabase > 0);
    }
}
