using ItInventory.Core.Domain;
using ItInventory.Web.Data.Generation;
using ItInventory.Web.Features.Api.Tokens;
using ItInventory.Web.Data.Entities;
using ItInventory.Web.Tests.Features.Api;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.YearCosts;

/// <summary>
/// Two inventories, each prepared once for all agreement tests: the sample city and a small generated instance. In each,
/// one product's running year gets its maintenance booked as an actual while hosting stays planned: the case in which a
/// per-year choice of "actual or plan" would drop the hosting and show a false decrease.
/// </summary>
public sealed class YearCostFixture : IAsyncLifetime
{
    public const string SampleCity = "Musterstadt";
    public const string Generated = "generiert";

    private readonly Dictionary<string, YearCostInstance> _instances = new();

    public YearCostInstance this[string name] => _instances[name];

    public async Task InitializeAsync()
    {
        _instances[SampleCity] = await YearCostInstance.StartAsync(await TestDatabase.CreateSampleCityAsync());
        var generated = await TestDatabase.CreateEmptyAsync();
        await new LargeInstanceGenerator(generated.Factory, generated.Clock).GenerateAsync(new LargeInstanceSettings(Products: 200, Years: 4, Seed: 7), TestDatabase.SeedFolder);
        _instances[Generated] = await YearCostInstance.StartAsync(generated);
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in _instances.Values)
            await instance.DisposeAsync();
    }
}

/// <summary>One inventory with the app running over it, an API client, a signed-in browser-like client and the arranged product.</summary>
public sealed class YearCostInstance : IAsyncDisposable
{
    private YearCostInstance(InventoryAppFactory app, HttpClient api, HttpClient browser, MixedYearProduct mixed)
    {
        App = app;
        Api = api;
        Browser = browser;
        Mixed = mixed;
    }

    public InventoryAppFactory App { get; }
    public TestDatabase Database => App.Database;
    public HttpClient Api { get; }
    public HttpClient Browser { get; }
    public MixedYearProduct Mixed { get; }

    public static async Task<YearCostInstance> StartAsync(TestDatabase database)
    {
        var mixed = await ArrangeMixedYearAsync(database);
        var app = new InventoryAppFactory(database);
        var api = await app.CreateTokenClientAsync("it-leitung", TokenScope.Read);
        var browser = await app.CreateClientAsync("it-leitung");
        return new YearCostInstance(app, api, browser, mixed);
    }

    /// <summary>
    /// A product whose running year is plan only gets its maintenance booked as planned, as an actual; hosting stays a
    /// plan (added when the product has none). Its year cost must stay the plan total it was.
    /// </summary>
    private static async Task<MixedYearProduct> ArrangeMixedYearAsync(TestDatabase database)
    {
        var year = database.Clock.CurrentYear;
        await using var db = database.CreateContext();
        var product = await db.Products
            .Where(p => db.CostLines.Any(c => c.ProductId == p.Id && c.FiscalYear == year && c.Kind == CostKind.Plan && c.CostType == CostType.Maintenance)
                        && !db.CostLines.Any(c => c.ProductId == p.Id && c.FiscalYear == year && c.Kind == CostKind.Actual))
            .OrderBy(p => p.Id)
            .FirstAsync();
        if (!await db.CostLines.AnyAsync(c => c.ProductId == product.Id && c.FiscalYear == year && c.CostType == CostType.Hosting))
        {
            db.CostLines.Add(new CostLine { ProductId = product.Id, FiscalYear = year, CostType = CostType.Hosting, Kind = CostKind.Plan, Amount = 4_321.09m });
            await db.SaveChangesAsync();
        }

        var plans = await db.CostLines.Where(c => c.ProductId == product.Id && c.FiscalYear == year).ToListAsync();
        var maintenance = plans.Where(c => c.CostType == CostType.Maintenance).Sum(c => c.Amount);
        db.CostLines.Add(new CostLine { ProductId = product.Id, FiscalYear = year, CostType = CostType.Maintenance, Kind = CostKind.Actual, Amount = maintenance, InvoiceReference = "RE-TEST-1" });
        await db.SaveChangesAsync();
        return new MixedYearProduct(product.Id, product.InventoryNumber, year, plans.Sum(c => c.Amount));
    }

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        Browser.Dispose();
        await App.DisposeAsync();
    }
}

/// <param name="PlanTotal">The running year's plan total before the maintenance was booked.</param>
public sealed record MixedYearProduct(int ProductId, string InventoryNumber, int Year, decimal PlanTotal);
