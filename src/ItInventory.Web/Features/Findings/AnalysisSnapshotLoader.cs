using ItInventory.Core.Analysis;
using ItInventory.Core.Domain;
using ItInventory.Web.Data;
using System.Runtime.InteropServices;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Findings;

/// <summary>
/// Reads the inventory the analysis runs over. The cost lines are read on connections of their own while the products
/// and contracts arrive on another, and are summed here per product, contract, year, cost type and plan/actual (the
/// finest grain the rules read: plan and actual are chosen per product, year and type, and price clauses are checked per
/// contract). Summing in the database looked cheaper but was not: at a million lines the sums still number half a
/// million, and PostgreSQL's hash aggregate over them took 2 s (spilling to disk at the usual work_mem), while sending
/// the lines themselves takes it under 1 s. Streamed and added up in a dictionary beside the product load, the whole
/// load went from 3.0 to 2.3 s at 20,000 products; read from the reader without EF's materializer (an object and an
/// asynchronous step per row), summed into values rather than cost line objects and without PostgreSQL's parallel
/// workers (below), to 0.9–1.4 s on PostgreSQL and from
/// 3.8 to 1.4 s on SQLite (with the covering index of <c>CostLineConfiguration</c>). Memory stays proportional to the
/// sums, not the lines.
/// </summary>
/// <remarks>
/// The million lines were still most of the load: at 20,000 products on SQLite their one stream took 19 s of a 20 s
/// load on a busy machine, with the product load done after 5 s and its core idle from then on (SQLite reads on the
/// reading thread itself). So the lines come in <see cref="CostReaders"/> streams, split by product id: each product's
/// lines arrive in one stream, in the order a single stream would give them, so the sums a product's rules read are
/// the same.
/// </remarks>
internal static class AnalysisSnapshotLoader
{
    /// <summary>How many connections read the cost lines side by side: one per core of the machine measured on (2).</summary>
    public const int CostReaders = 2;

    public static async Task<InventorySnapshot> LoadAsync(IDbContextFactory<InventoryDbContext> contextFactory, int lastYear,
        CancellationToken cancellationToken)
    {
        var costLines = Task.WhenAll(Enumerable.Range(0, CostReaders)
            .Select(part => Task.Run(() => CostSumsAsync(contextFactory, lastYear, part, cancellationToken), cancellationToken)));
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;

            // Split: two collections in one join would repeat every product row departments × standards times.
            var products = await db.Products.Include(p => p.UsingDepartments).Include(p => p.StandardSupport)
                .AsSplitQuery().ToListAsync(cancellationToken);
            var contracts = await ContractsWithProductsAsync(db, products, cancellationToken);
            var standards = await db.Standards.ToListAsync(cancellationToken);
            return new InventorySnapshot
            {
                Products = products,
                Vendors = await db.Vendors.ToListAsync(cancellationToken),
                Contracts = contracts,
                Categories = await db.Categories.Include(c => c.Requirements).ToListAsync(cancellationToken),
                Standards = standards,
                Departments = await db.Departments.ToListAsync(cancellationToken),
                PriceIndex = await db.PriceIndex.ToListAsync(cancellationToken),
                CityServices = await CityServicesAsync(db, products, standards, cancellationToken),
                Interfaces = await db.Interfaces.ToListAsync(cancellationToken),
                CostLines = [.. (await costLines).SelectMany(sums => sums)],
            };
        }
        catch
        {
            // The cost readers must not outlive a failed load: their connections and their half million sums go with it.
            await costLines.ContinueWith(_ => { }, TaskScheduler.Default);
            throw;
        }
    }

    /// <summary>The links only, pointed at the products just loaded, instead of a second copy of every covered product.</summary>
    private static async Task<List<Contract>> ContractsWithProductsAsync(InventoryDbContext db, List<Product> products,
        CancellationToken cancellationToken)
    {
        var contracts = await db.Contracts.OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var links = await db.Contracts.SelectMany(c => c.Products, (c, p) => new { ContractId = c.Id, ProductId = p.Id })
            .ToListAsync(cancellationToken);
        var productsById = products.ToDictionary(p => p.Id);
        var contractsById = contracts.ToDictionary(c => c.Id);
        foreach (var link in links.OrderBy(l => l.ContractId).ThenBy(l => l.ProductId))
        {
            if (productsById.TryGetValue(link.ProductId, out var product) && contractsById.TryGetValue(link.ContractId, out var contract))
                contract.Products.Add(product);
        }

        return contracts;
    }

    /// <summary>
    /// The city's services, their links pointed at the products just loaded, and those products' standard support at the
    /// standards (the service rules read the standard's kind and code).
    /// </summary>
    private static async Task<List<CityService>> CityServicesAsync(InventoryDbContext db, List<Product> products, List<Standard> standards,
        CancellationToken cancellationToken)
    {
        var services = await db.CityServices.Include(s => s.OzgService).Include(s => s.Products).AsSplitQuery().ToListAsync(cancellationToken);
        var productsById = products.ToDictionary(p => p.Id);
        var standardsById = standards.ToDictionary(s => s.Id);
        foreach (var link in services.SelectMany(s => s.Products))
        {
            link.Product = productsById.GetValueOrDefault(link.ProductId);
            foreach (var support in link.Product?.StandardSupport ?? [])
                support.Standard ??= standardsById.GetValueOrDefault(support.StandardId);
        }

        return services;
    }

    /// <summary>The sums of the lines whose product id falls into <paramref name="part"/> of <see cref="CostReaders"/>.</summary>
    private static async Task<List<CostLine>> CostSumsAsync(IDbContextFactory<InventoryDbContext> contextFactory, int lastYear,
        int part, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // Opened by EF, so that on PostgreSQL the connection carries the tenant (row-level security).
        await db.Database.OpenConnectionAsync(cancellationToken);
        // PostgreSQL would scan in parallel workers and pass every row through a gather to this connection's process:
        // 0.36 s a stream against 0.23 s without (psql, 20,000 products), and in the load the two streams took 1.1–1.4 s
        // against 0.7 s, since on two cores the workers take the cores the product load and the other stream need. Set
        // for this read's transaction only, so the pooled connection keeps the operator's setting.
        await using var transaction = db.Database.IsSqlite() ? null : await db.Database.BeginTransactionAsync(cancellationToken);
        if (transaction is not null)
            await db.Database.ExecuteSqlRawAsync("SET LOCAL max_parallel_workers_per_gather = 0", cancellationToken);

        // A remainder rather than id ranges: the same scan as one stream, without knowing the ids first.
        var query = db.CostLines.Where(c => c.FiscalYear <= lastYear && c.ProductId % CostReaders == part)
            .Select(c => new { c.ProductId, c.ContractId, c.FiscalYear, c.CostType, c.Kind, c.Amount, c.Quantity });
        // EF writes the command (tenant filter, column names); the rows are read here, not materialized (CostLineColumns).
        await using var command = query.CreateDbCommand();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var columns = new CostLineColumns(db, reader);
        var sums = new Dictionary<(int ProductId, int? ContractId, int Year, CostType Type, CostKind Kind), (decimal Amount, int? Quantity)>();
        // Summed in place: a value per key, the cost line objects made once per sum at the end.
        while (await reader.ReadAsync(cancellationToken))
        {
            ref var sum = ref CollectionsMarshal.GetValueRefOrAddDefault(sums, columns.KeyOf(reader), out _);
            sum.Amount += columns.Amount(reader);
            // As SQL's MAX: the largest stated quantity, null only when none is stated.
            if (columns.Quantity(reader) is { } quantity && (sum.Quantity is null || quantity > sum.Quantity))
                sum.Quantity = quantity;
        }

        var lines = new List<CostLine>(sums.Count);
        foreach (var (key, sum) in sums)
        {
            lines.Add(new CostLine
            {
                ProductId = key.ProductId, ContractId = key.ContractId, FiscalYear = key.Year, CostType = key.Type, Kind = key.Kind,
                Amount = sum.Amount, Quantity = sum.Quantity,
            });
        }

        return lines;
    }
}
