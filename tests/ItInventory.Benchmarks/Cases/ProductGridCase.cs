using ItInventory.Core.Analysis.Prices;
using ItInventory.Benchmarks.Harness;
using ItInventory.Core.Domain;
using ItInventory.Core.Domain.Tenants;
using ItInventory.Web.Features.Products;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Benchmarks.Cases;

/// <summary>
/// The product list's first page, filtered to the active products of the largest category, once sorted by name and
/// once by this year's cost, against hand-written SQL that returns the same page and total.
/// </summary>
public sealed class ProductGridCase : IBenchmarkCase
{
    public string Name => "Produktliste: erste Seite, gefiltert und sortiert";

    public async Task<IReadOnlyList<BenchmarkResult>> RunAsync(BenchmarkDatabase database, BenchmarkRun run, CancellationToken cancellationToken = default)
    {
        var service = new ProductListService(database.Factory, database.Clock, BenchmarkDatabase.User);
        int category;
        await using (var db = await database.Factory.CreateDbContextAsync(cancellationToken))
        {
            category = await db.Products.Where(p => p.Lifecycle == LifecycleStatus.Active)
                .GroupBy(p => p.CategoryId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstAsync(cancellationToken);
        }

        var results = new List<BenchmarkResult>();
        foreach (var sort in new[] { ProductSort.Name, ProductSort.CurrentCost })
        {
            var query = new ProductQuery { CategoryId = category, Lifecycle = LifecycleStatus.Active, Sort = sort, Descending = sort == ProductSort.CurrentCost, PageSize = 25 };
            var viaEf = await service.QueryAsync(query, cancellationToken);
            var viaSql = await HandWrittenAsync(database, query, cancellationToken);
            if (viaEf.TotalCount != viaSql.TotalCount || !viaEf.Rows.SequenceEqual(viaSql.Rows))
            {
                var difference = viaEf.Rows.Zip(viaSql.Rows).FirstOrDefault(pair => pair.First != pair.Second);
                throw new InvalidOperationException($"Produktliste und handgeschriebenes SQL weichen ab ({sort}): {viaEf.TotalCount} / {viaSql.TotalCount} Treffer, {viaEf.Rows.Count} / {viaSql.Rows.Count} Zeilen; erste Abweichung {difference.First} / {difference.Second}");
            }

            var (baseline, measured) = await Measurement.CompareAsync(
                () => HandWrittenAsync(database, query, cancellationToken),
                () => service.QueryAsync(query, cancellationToken),
                run.Iterations, run.Warmup);
            // One tenant among many (issue "Mandanten"): ≤ 1.5×; the one-tenant instance keeps its earlier ≤ 2×.
            var limit = database.TenantId == Tenant.FirstId ? 2.0 : 1.5;
            results.Add(new BenchmarkResult($"{Name} ({(sort == ProductSort.Name ? "nach Name" : "nach Kosten")}, {viaEf.TotalCount:N0} Treffer)",
                database.Provider.ToString(), baseline, measured, limit == 2.0 ? "≤ 2×" : "≤ 1,5×", measured <= baseline * limit));
        }

        return results;
    }

    private const string Columns = """
        p."Id", p."InventoryNumber", p."Name", d."Number" || ' ' || d."Name", v."Name", c."Name", p."Lifecycle",
        COALESCE(t."Current", 0) AS "Current", COALESCE(t."Previous", 0) AS "Previous",
        COALESCE(t."CurrentHasActual", 0), COALESCE(t."CurrentHasPlan", 0)
        """;

    /// <summary>
    /// The year-cost rule in SQL: a line counts if it is an actual or no actual of its product, year and cost type is
    /// booked (per cost type, not per year: booked maintenance must not drop planned hosting).
    /// </summary>
    private const string Totals = """
        SELECT "ProductId",
            SUM(CASE WHEN "FiscalYear" = @year THEN "Amount" END) AS "Current",
            SUM(CASE WHEN "FiscalYear" = @previous THEN "Amount" END) AS "Previous",
            MAX(CASE WHEN "FiscalYear" = @year AND "Kind" = 'Actual' THEN 1 ELSE 0 END) AS "CurrentHasActual",
            MAX(CASE WHEN "FiscalYear" = @year AND "Kind" = 'Plan' THEN 1 ELSE 0 END) AS "CurrentHasPlan"
        FROM (SELECT * FROM "CostLines" l WHERE l."TenantId" = @tenant AND (l."Kind" = 'Actual' OR NOT EXISTS (SELECT 1 FROM "CostLines" a
              WHERE a."ProductId" = l."ProductId" AND a."FiscalYear" = l."FiscalYear" AND a."CostType" = l."CostType" AND a."Kind" = 'Actual'))) counted
        """;

    private const string Joins = """
        JOIN "Departments" d ON d."Id" = p."OwnerDepartmentId"
        JOIN "Vendors" v ON v."Id" = p."VendorId"
        JOIN "Categories" c ON c."Id" = p."CategoryId"
        """;

    private const string Filter = """p."TenantId" = @tenant AND p."CategoryId" = @category AND p."Lifecycle" = 'Active'""";

    /// <summary>By name: page the products first through the name index, then sum the costs of those 25 only.</summary>
    private const string PageByName = $"""
        WITH page AS (SELECT p.* FROM "Products" p WHERE {Filter} ORDER BY p."Name", p."Id" LIMIT @take OFFSET @skip)
        SELECT {Columns}
        FROM page p {Joins}
        LEFT JOIN ({Totals} WHERE "ProductId" IN (SELECT "Id" FROM page) AND "FiscalYear" IN (@year, @previous) GROUP BY "ProductId") t ON t."ProductId" = p."Id"
        ORDER BY p."Name", p."Id"
        """;

    /// <summary>By cost: every matching product's total is needed to sort; sum the two years of the matching products only.</summary>
    private const string PageByCost = $"""
        SELECT {Columns}
        FROM "Products" p {Joins}
        LEFT JOIN ({Totals} WHERE "ProductId" IN (SELECT p."Id" FROM "Products" p WHERE {Filter}) AND "FiscalYear" IN (@year, @previous) GROUP BY "ProductId") t ON t."ProductId" = p."Id"
        WHERE {Filter}
        ORDER BY "Current" DESC, p."Name"
        LIMIT @take OFFSET @skip
        """;

    private const string Count = $"""SELECT COUNT(*) FROM "Products" p WHERE {Filter}""";

    internal static async Task<ProductPage> HandWrittenAsync(BenchmarkDatabase database, ProductQuery query, CancellationToken cancellationToken)
    {
        var year = database.Clock.CurrentYear;
        await using var sql = await HandWrittenSql.OpenAsync(database, cancellationToken);
        int total;
        await using (var count = sql.Command(Count, ("category", query.CategoryId!.Value)))
        {
            total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken));
        }

        var rows = new List<ProductRow>();
        await using var command = sql.Command(query.Sort == ProductSort.Name ? PageByName : PageByCost,
            ("category", query.CategoryId!.Value), ("year", year), ("previous", year - 1), ("take", query.PageSize), ("skip", query.Page * query.PageSize));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new ProductRow(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), Enum.Parse<LifecycleStatus>(reader.GetString(6)), sql.Money(reader, 7) ?? 0m, sql.Money(reader, 8) ?? 0m,
                BasisOf(Convert.ToInt32(reader.GetValue(9)) == 1, Convert.ToInt32(reader.GetValue(10)) == 1)));
        }

        return new ProductPage(rows, total, year);
    }

    private static ValueBasis? BasisOf(bool hasActual, bool hasPlan) =>
        (hasActual, hasPlan) switch
        {
            (true, true) => ValueBasis.Mixed,
            (true, false) => ValueBasis.Actual,
            (false, true) => ValueBasis.Plan,
            _ => null,
        };
}
