using System.Diagnostics;
using ItInventory.Core.Domain;
using ItInventory.Core.Domain.Market;
using ItInventory.Web.Data.Auditing;
using ItInventory.Web.Data.Seeding;

namespace ItInventory.Web.Data.Generation;

/// <summary>
/// One generation across its tenants: the one random stream (so a seed gives the same installation), the keys handed
/// out so far (rows are written with their keys, unique across tenants) and the totals.
/// </summary>
internal sealed class GenerationRun(LargeInstanceSettings settings, SampleCity reference, SyntheticRandom random, int currentYear, Stopwatch stopwatch, IProgress<string>? progress)
{
    private readonly int _lastYear = currentYear + 1;
    private int _nextVendor = 1, _nextProduct = 1, _nextSupport = 1, _nextContract = 1, _nextInterface = 1, _nextCostLine = 1;
    private int _contracts, _interfaces;
    private long _costLines;

    // The comparison data draws from a stream of its own, so each tenant's inventory stays what a seed gave before.
    private readonly SyntheticRandom _market = new(settings.Seed + 2);

    /// <summary>The shared market products the tenants' products link to (set before the first tenant is written).</summary>
    public IReadOnlyList<MarketProduct> Catalogue { get; set; } = [];

    /// <summary>The OZG services the generated city services refer to.</summary>
    public IReadOnlyList<int> OzgServiceIds { get; set; } = [];

    private int FirstYear => _lastYear - settings.Years + 1;

    /// <summary>The next free key of each table written with explicit keys, for PostgreSQL's identity sequences.</summary>
    public IReadOnlyDictionary<string, int> NextKeys => new Dictionary<string, int>
    {
        ["Vendors"] = _nextVendor, ["Products"] = _nextProduct, ["ProductStandards"] = _nextSupport,
        ["Contracts"] = _nextContract, ["Interfaces"] = _nextInterface, ["CostLines"] = _nextCostLine,
    };

    public LargeInstanceSummary Summary(TimeSpan elapsed) =>
        new(_nextProduct - 1, _nextVendor - 1, _contracts, _costLines, _interfaces, elapsed, settings.Tenants);

    /// <summary>The tenant's inventory through a context of that tenant, in the caller's transaction.</summary>
    public async Task WriteTenantAsync(InventoryDbContext db, int tenantIndex, List<Department> departments, CancellationToken cancellationToken)
    {
        var single = settings.Tenants == 1;
        var productCount = GeneratedTenants.ProductsOf(tenantIndex, settings.Products, settings.Tenants);
        db.AddRange(departments);
        await db.SaveChangesAsync(cancellationToken);

        var vendors = SyntheticInventory.MakeVendors(random, Math.Max(20, productCount / 10), _nextVendor);
        _nextVendor += vendors.Count;
        await WriteAsync(db, vendors, cancellationToken);
        Report(single, $"{vendors.Count:N0} Anbieter.");

        var products = SyntheticInventory.MakeProducts(random, productCount, _nextProduct, ref _nextSupport, vendors, reference, departments, FirstYear);
        _nextProduct += products.Count;
        SyntheticMarket.Link(_market, products, Catalogue);
        await WriteAsync(db, products, cancellationToken);
        await WriteAsync(db, products.SelectMany(p => p.UsingDepartments), cancellationToken);
        await WriteAsync(db, products.SelectMany(p => p.StandardSupport), cancellationToken);
        Report(single, $"{products.Count:N0} Produkte.");

        var contracts = SyntheticInventory.MakeContracts(random, products, vendors, _nextContract, FirstYear, currentYear);
        _nextContract += contracts.Count;
        SyntheticMarket.MarkConfidential(_market, contracts);
        await WriteAsync(db, contracts, cancellationToken);
        await using (var links = BulkTableWriter<Dictionary<string, object>>.For(db, "ContractProducts"))
        {
            await links.WriteAllAsync(contracts.SelectMany(c => c.Products.Select(p => new Dictionary<string, object> { ["ContractsId"] = c.Id, ["ProductsId"] = p.Id })), cancellationToken);
        }

        Report(single, $"{contracts.Count:N0} Verträge.");
        var interfaces = SyntheticInventory.MakeInterfaces(random, products, reference, _nextInterface);
        _nextInterface += interfaces.Count;
        await WriteAsync(db, interfaces, cancellationToken);
        var costLines = await WriteCostLinesAsync(db, products, contracts, cancellationToken);
        Report(single, $"{costLines:N0} Kostenpositionen.");

        db.CityServices.AddRange(SyntheticMarket.MakeServices(_market, products, OzgServiceIds, currentYear - 1));
        await db.SaveChangesAsync(cancellationToken);

        _contracts += contracts.Count;
        _interfaces += interfaces.Count;
        _costLines += costLines;
        db.AuditEntries.Add(new AuditEntry
        {
            TimestampUtc = DateTime.UtcNow,
            UserName = db.SystemUserName,
            Action = AuditAction.Import,
            Summary = $"Großinstanz erzeugt (Startwert {settings.Seed}{(single ? "" : $", Mandant {tenantIndex + 1} von {settings.Tenants}")}): {products.Count} Produkte, {vendors.Count} Anbieter, {contracts.Count} Verträge, {costLines} Kostenpositionen, {settings.Years} Haushaltsjahre.",
        });
        await db.SaveChangesAsync(cancellationToken);

        // Many tenants: a line every tenth of them instead of four lines each.
        var every = Math.Max(1, settings.Tenants / 10);
        if (!single && ((tenantIndex + 1) % every == 0 || tenantIndex + 1 == settings.Tenants))
        {
            progress?.Report($"{stopwatch.Elapsed.TotalSeconds,6:0.0} s  Mandant {tenantIndex + 1:N0} von {settings.Tenants:N0}: bisher {_nextProduct - 1:N0} Produkte, {_costLines:N0} Kostenpositionen.");
        }
    }

    private async Task<long> WriteCostLinesAsync(InventoryDbContext db, List<Product> products, List<Contract> contracts, CancellationToken cancellationToken)
    {
        await using var writer = BulkTableWriter<CostLine>.For(db);
        var contractOf = contracts.Where(c => c.EndedOn is null || c.EndedOn.Value.Year >= FirstYear)
            .SelectMany(c => c.Products.Select(p => (Product: p.Id, Contract: c.Id)))
            .GroupBy(x => x.Product)
            .ToDictionary(g => g.Key, g => g.First().Contract);
        foreach (var product in products)
        {
            foreach (var line in SyntheticCostLines.Make(random, product, contractOf.TryGetValue(product.Id, out var contract) ? contract : null, FirstYear, _lastYear, currentYear))
            {
                line.Id = _nextCostLine++;
                await writer.WriteAsync(line, cancellationToken);
            }

            if (product.Id % 2000 == 0)
            {
                progress?.Report($"{stopwatch.Elapsed.TotalSeconds,6:0.0} s  Kostenpositionen: {_costLines + writer.RowsWritten:N0} ({product.Id:N0} von {settings.Products:N0} Produkten) ...");
            }
        }

        await writer.FlushAsync(cancellationToken);
        return writer.RowsWritten;
    }

    private void Report(bool detailed, string what)
    {
        if (detailed)
        {
            progress?.Report($"{stopwatch.Elapsed.TotalSeconds,6:0.0} s  {what}");
        }
    }

    private static async Task WriteAsync<T>(InventoryDbContext db, IEnumerable<T> rows, CancellationToken cancellationToken) where T : class
    {
        await using var writer = BulkTableWriter<T>.For(db);
        await writer.WriteAllAsync(rows, cancellationToken);
    }
}
