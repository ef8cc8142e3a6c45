using ItInventory.Core.Domain;
using ItInventory.Web.Data.Auditing;
using ItInventory.Web.Data.Generation;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Data.Generation;

public class LargeInstanceGeneratorTests
{
    private static readonly LargeInstanceSettings Small = new(Products: 300, Years: 4, Seed: 7);

    [Fact]
    public async Task Generates_a_consistent_inventory_that_EF_reads_and_edits()
    {
        await using var db = await TestDatabase.CreateEmptyAsync();
        var summary = await new LargeInstanceGenerator(db.Factory, db.Clock).GenerateAsync(Small, TestDatabase.SeedFolder);

        await using var context = db.CreateContext();
        Assert.Equal(300, await context.Products.CountAsync());
        Assert.Equal(summary.CostLines, await context.CostLines.LongCountAsync());
        Assert.Equal(summary.Contracts, await context.Contracts.CountAsync());
        Assert.True(summary.CostLines > 300 * 4);
        Assert.Equal(Enumerable.Range(2024, 4), await context.CostLines.Select(c => c.FiscalYear).Distinct().OrderBy(y => y).ToListAsync());
        Assert.False(await context.CostLines.AnyAsync(c => c.FiscalYear >= 2026 && c.Kind == CostKind.Actual));
        var amounts = await context.CostLines.OrderBy(c => c.Id).Select(c => c.Amount).Take(200).ToListAsync();
        Assert.Contains(amounts, a => a != decimal.Round(a));
        Assert.True(await context.ProductDepartments.GroupBy(d => d.ProductId).AllAsync(g => g.Sum(d => d.CostSharePercent) == 100m));
        Assert.True(await context.Contracts.AllAsync(c => c.Products.Any() && c.Products.All(p => p.VendorId == c.VendorId)));

        // A few vendors supply most products (Zipf), a long tail one or two.
        var perVendor = await context.Products.GroupBy(p => p.VendorId).Select(g => g.Count()).OrderByDescending(n => n).ToListAsync();
        Assert.True(perVendor[0] >= 5 * perVendor[perVendor.Count / 2], string.Join(",", perVendor.Take(10)));

        // Written rows behave like EF's own: enum names, money, versions for the concurrency check.
        var product = await context.Products.Include(p => p.CostLines).OrderBy(p => p.Id).FirstAsync(p => p.CostLines.Any());
        var loaded = product.Version;
        product.Notes = "geprüft";
        context.ExpectVersion(product, loaded);
        await context.SaveOrConflictAsync<Product>("Das Produkt");
        Assert.NotEqual(loaded, product.Version);

        // New records continue after the generated keys.
        context.Vendors.Add(new Vendor { Name = "Nachgetragener Anbieter", Country = "DE" });
        await context.SaveChangesAsync();
        Assert.Equal(summary.Vendors + 1, await context.Vendors.CountAsync());

        var audit = await context.AuditEntries.Where(e => e.Action == AuditAction.Import).ToListAsync();
        Assert.Contains(audit, e => e.Summary!.StartsWith("Großinstanz erzeugt (Startwert 7): 300 Produkte"));
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_inventory()
    {
        var first = await FingerprintAsync(Small);
        var again = await FingerprintAsync(Small);
        var other = await FingerprintAsync(Small with { Seed = 8 });

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task A_database_with_an_inventory_is_refused()
    {
        await using var db = await TestDatabase.CreateSampleCityAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => new LargeInstanceGenerator(db.Factory, db.Clock).GenerateAsync(Small, TestDatabase.SeedFolder));

        Assert.Contains("enthält bereits ein Inventar", error.Message);
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(100, 1)]
    public void Impossible_settings_are_explained(int products, int years)
    {
        var error = Assert.Throws<ArgumentException>(() => new LargeInstanceSettings(products, years, 1).Validate());

        Assert.Contains("muss zwischen", error.Message);
    }

    private static async Task<string> FingerprintAsync(LargeInstanceSettings settings)
    {
        await using var db = await TestDatabase.CreateEmptyAsync();
        await new LargeInstanceGenerator(db.Factory, db.Clock).GenerateAsync(settings, TestDatabase.SeedFolder);
        await using var context = db.CreateContext();
        var costs = await context.CostLines.GroupBy(c => c.FiscalYear).OrderBy(g => g.Key).Select(g => new { g.Key, Sum = g.Sum(c => c.Amount), Count = g.Count() }).ToListAsync();
        var vendors = await context.Products.OrderBy(p => p.Id).Select(p => p.VendorId).ToListAsync();
        var versions = await context.Contracts.OrderBy(c => c.Id).Select(c => c.Version).Take(5).ToListAsync();
        return string.Join("|", costs.Select(c => $"{c.Key}:{c.Count}:{c.Sum}")) + "#" + string.Join(",", vendors) + "#" + string.Join(",", versions);
    }
}
