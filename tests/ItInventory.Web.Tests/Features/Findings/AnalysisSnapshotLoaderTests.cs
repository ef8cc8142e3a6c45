using ItInventory.Core.Analysis;
using ItInventory.Core.Domain;
using ItInventory.Web.Data.Generation;
using ItInventory.Web.Features.Findings;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Findings;

/// <summary>
/// The loader is tuned for speed (cost lines summed while they stream, on several connections; links pointed at the
/// products already loaded). Whatever it does, the analysis over its snapshot must give exactly the findings, texts
/// and order of the analysis over the inventory read the plain way: every entity with its links in one tracking
/// context, and the cost lines summed per product, contract, year, type and plan/actual after reading them all.
/// </summary>
public class AnalysisSnapshotLoaderTests
{
    [Theory]
    [InlineData("Musterstadt")]
    [InlineData("generiert")]
    public async Task The_loaded_snapshot_gives_the_same_findings_as_the_inventory_read_plainly(string instance)
    {
        await using var database = instance == "Musterstadt" ? await TestDatabase.CreateSampleCityAsync() : await GeneratedAsync();
        var asOf = database.Clock.Today;

        var loaded = await AnalysisSnapshotLoader.LoadAsync(database.Factory, asOf.Year + 1, CancellationToken.None);
        var plain = await PlainSnapshotAsync(database, asOf.Year + 1);

        var expected = new FindingsEngine().Run(plain, asOf).Findings;
        var actual = new FindingsEngine().Run(loaded, asOf).Findings;
        Assert.True(expected.Count > 100, $"Zu wenige Auffälligkeiten, um etwas zu vergleichen: {expected.Count}");
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
            Assert.Equal(expected[i], actual[i]);
        // Both halves of the split read: products with odd and even ids have lines. Every sum to the cent, read from the
        // raw rows (whole cents on SQLite, numeric on PostgreSQL), with its contract or none and its largest quantity.
        Assert.Equal(plain.CostLines.Count, loaded.CostLines.Count);
        Assert.Equal(Sums(plain.CostLines), Sums(loaded.CostLines));
        Assert.Contains(loaded.CostLines, c => c.ContractId is null);
        Assert.Contains(loaded.CostLines, c => c.Quantity is not null);
    }

    private static List<string> Sums(IEnumerable<CostLine> lines) =>
        lines.Select(c => FormattableString.Invariant($"{c.ProductId}|{c.ContractId}|{c.FiscalYear}|{c.CostType}|{c.Kind}|{c.Amount:F2}|{c.Quantity}"))
            .Order(StringComparer.Ordinal).ToList();

    private static async Task<TestDatabase> GeneratedAsync()
    {
        var database = await TestDatabase.CreateEmptyAsync();
        await new LargeInstanceGenerator(database.Factory, database.Clock)
            .GenerateAsync(new LargeInstanceSettings(Products: 200, Years: 4, Seed: 7), TestDatabase.SeedFolder);
        return database;
    }

    private static async Task<InventorySnapshot> PlainSnapshotAsync(TestDatabase database, int lastYear)
    {
        await using var db = database.CreateContext();
        var lines = await db.CostLines.AsNoTracking().Where(c => c.FiscalYear <= lastYear).OrderBy(c => c.Id)
            .Select(c => new { c.ProductId, c.ContractId, c.FiscalYear, c.CostType, c.Kind, c.Amount, c.Quantity })
            .ToListAsync();
        var sums = lines.GroupBy(c => (c.ProductId, c.ContractId, c.FiscalYear, c.CostType, c.Kind))
            .Select(g => new CostLine
            {
                ProductId = g.Key.ProductId, ContractId = g.Key.ContractId, FiscalYear = g.Key.FiscalYear,
                CostType = g.Key.CostType, Kind = g.Key.Kind, Amount = g.Sum(c => c.Amount), Quantity = g.Max(c => c.Quantity),
            })
            .ToList();
        return new InventorySnapshot
        {
            Products = await db.Products.Include(p => p.UsingDepartments).Include(p => p.StandardSupport).OrderBy(p => p.Id).ToListAsync(),
            Vendors = await db.Vendors.ToListAsync(),
            Contracts = await db.Contracts.Include(c => c.Products).OrderBy(c => c.Id).ToListAsync(),
            Categories = await db.Categories.Include(c => c.Requirements).ToListAsync(),
            Standards = await db.Standards.ToListAsync(),
            Departments = await db.Departments.ToListAsync(),
            PriceIndex = await db.PriceIndex.ToListAsync(),
            CityServices = await db.CityServices.Include(s => s.OzgService).Include(s => s.Products).ThenInclude(l => l.Product)
                .ToListAsync(),
            Interfaces = await db.Interfaces.ToListAsync(),
            CostLines = sums,
        };
    }
}
