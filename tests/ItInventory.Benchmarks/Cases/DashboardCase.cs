using ItInventory.Core.Analysis.Prices;
using ItInventory.Benchmarks.Harness;
using ItInventory.Core.Analysis;
using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Core.Domain;
using ItInventory.Web.Features.Dashboard;
using ItInventory.Web.Features.Findings;
using ItInventory.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ItInventory.Benchmarks.Cases;

/// <summary>
/// The council dashboard for the current year (DashboardService), warm, against hand-written SQL for the same spend
/// figures that runs no analysis at all. The dashboard's lock-in, standards and deadline figures come from the shared
/// analysis result, computed once per data version (SharedAnalysis); its first computation is timed by
/// ProductFindingsCase, so this case shows what a user pays once the result exists.
/// </summary>
public sealed class DashboardCase : IBenchmarkCase
{
    public string Name => "Übersicht: Kennzahlen eines Jahres";

    public async Task<IReadOnlyList<BenchmarkResult>> RunAsync(BenchmarkDatabase database, BenchmarkRun run, CancellationToken cancellationToken = default)
    {
        await using var services = FeatureServices.For(database);
        var dashboard = services.GetRequiredService<DashboardService>();
        var year = database.Clock.CurrentYear;

        var viaEf = await dashboard.GetAsync(year, cancellationToken);
        var viaSql = await HandWrittenAsync(database, year, cancellationToken);
        Compare(viaEf, viaSql);

        var (baseline, measured) = await Measurement.CompareAsync(
            () => HandWrittenAsync(database, year, cancellationToken),
            () => dashboard.GetAsync(year, cancellationToken),
            run.Iterations, run.Warmup);
        return
        [
            new BenchmarkResult(Name, database.Provider.ToString(), baseline, measured, "≤ 1,5×", measured <= baseline * 1.5,
                "Übersicht mit geteiltem Analyseergebnis (warm) gegen handgeschriebenes SQL ohne Analyse"),
        ];
    }

    /// <summary>The spend figures must agree to the cent; otherwise the comparison would be meaningless.</summary>
    private static void Compare(DashboardFigures ef, Figures sql)
    {
        var checks = new (string What, object Ef, object Sql)[]
        {
            ("Zähler", ef.Counts, sql.Counts),
            ("Jahre", string.Join(",", ef.AvailableYears.Select(y => y.Label)), string.Join(",", sql.Years.Select(y => y.Label))),
            ("Verlauf", string.Join(";", ef.Trend.Years.Select(y => Cents(y.Amount))), string.Join(";", sql.Trend.Select(Cents))),
            ("Summe", ef.Spend.Total, sql.Total),
            ("Kostenarten", string.Join(";", ef.Spend.ByCostType.Select(s => Cents(s.Amount))), string.Join(";", sql.ByCostType.Select(Cents))),
            ("Anbieter", string.Join(";", ef.Spend.ByVendor.Select(s => $"{s.Id}:{Cents(s.Amount)}")), string.Join(";", sql.ByVendor)),
            ("Ämter", string.Join(";", ef.Spend.ByDepartment.Select(s => $"{s.Id}:{Cents(s.Amount)}")), string.Join(";", sql.ByDepartment)),
            ("Zerlegung", GrowthText(ef.Growth), sql.Growth),
        };
        foreach (var (what, left, right) in checks)
        {
            if (!Equals(left, right) && left.ToString() != right.ToString())
            {
                throw new InvalidOperationException($"Übersicht und handgeschriebenes SQL weichen ab ({what}): {left} / {right}");
            }
        }
    }

    private sealed record Figures(InventoryCounts Counts, IReadOnlyList<SpendYear> Years, IReadOnlyList<decimal> Trend, decimal Total,
        IReadOnlyList<decimal> ByCostType, IReadOnlyList<string> ByVendor, IReadOnlyList<string> ByDepartment, string Growth);

    // The year-cost rule by hand: an actual, or a plan without an actual of the same product, year and cost type.
    private const string CountingLines = """
        (SELECT * FROM "CostLines" c WHERE c."TenantId" = @tenant AND (c."Kind" = 'Actual' OR NOT EXISTS (SELECT 1 FROM "CostLines" a
         WHERE a."ProductId" = c."ProductId" AND a."FiscalYear" = c."FiscalYear" AND a."CostType" = c."CostType" AND a."Kind" = 'Actual')))
        """;

    private const string YearKindSums = $$"""SELECT "FiscalYear", "Kind", SUM("Amount") FROM {{CountingLines}} l GROUP BY "FiscalYear", "Kind" ORDER BY "FiscalYear" """;

    private const string Counts = """
        SELECT (SELECT COUNT(*) FROM "Products" WHERE "TenantId" = @tenant), (SELECT COUNT(*) FROM "Products" WHERE "TenantId" = @tenant AND "Lifecycle" = 'Active'),
               (SELECT COUNT(*) FROM "Vendors" WHERE "TenantId" = @tenant)
        """;

    private const string ByType = $$"""SELECT "CostType", SUM("Amount") FROM {{CountingLines}} l WHERE "FiscalYear" = @year GROUP BY "CostType" """;

    private const string ByVendor = $$"""
        SELECT p."VendorId", v."Name", SUM(c."Amount") AS "Amount"
        FROM {{CountingLines}} c JOIN "Products" p ON p."Id" = c."ProductId" JOIN "Vendors" v ON v."Id" = p."VendorId"
        WHERE c."FiscalYear" = @year
        GROUP BY p."VendorId", v."Name"
        """;

    private const string IndexValues = """SELECT "Year", "Value" FROM "PriceIndex" """;

    /// <summary>The growth split's rows: per product, year and cost type the sum, the lines, those with a quantity and their quantities.</summary>
    private const string GrowthRows = $$"""
        SELECT "ProductId", "FiscalYear", "CostType", SUM("Amount"), COUNT(*), COUNT("Quantity"), COALESCE(SUM("Quantity"), 0)
        FROM {{CountingLines}} l WHERE "FiscalYear" IN (@from, @to) GROUP BY "ProductId", "FiscalYear", "CostType"
        """;

    private const string ByProduct = $$"""SELECT "ProductId", SUM("Amount") FROM {{CountingLines}} l WHERE "FiscalYear" = @year GROUP BY "ProductId" """;

    private const string Shares = """
        SELECT p."Id", p."OwnerDepartmentId", d."DepartmentId", d."CostSharePercent"
        FROM "Products" p LEFT JOIN "ProductDepartments" d ON d."ProductId" = p."Id"
        WHERE p."TenantId" = @tenant
        """;

    private static async Task<Figures> HandWrittenAsync(BenchmarkDatabase database, int selectedYear, CancellationToken cancellationToken)
    {
        await using var sql = await HandWrittenSql.OpenAsync(database, cancellationToken);

        var sums = new List<(int Year, CostKind Kind, decimal Amount)>();
        await using (var command = sql.Command(YearKindSums))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                sums.Add((Convert.ToInt32(reader.GetValue(0)), Enum.Parse<CostKind>(reader.GetString(1)), sql.Money(reader, 2) ?? 0m));
            }
        }

        var years = sums.GroupBy(s => s.Year).OrderBy(g => g.Key)
            .Select(g => new SpendYear(g.Key, YearCostRule.BasisOf(g.Select(s => s.Kind)))).ToList();
        var trend = years.Select(y => sums.Where(s => s.Year == y.Year).Sum(s => s.Amount)).ToList();
        var year = SpendYears.Of(years, selectedYear);

        var growth = await GrowthAsync(sql, years, trend, cancellationToken);

        InventoryCounts counts;
        await using (var command = sql.Command(Counts))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            counts = new InventoryCounts(Convert.ToInt32(reader.GetValue(0)), Convert.ToInt32(reader.GetValue(1)), Convert.ToInt32(reader.GetValue(2)), RunningContracts: 0);
        }

        // Whether a contract runs follows its renewals and end (Core's ContractRunState), not a column: the baseline
        // applies the same rule to the contract terms it loads.
        await using (var db = await database.Factory.CreateDbContextAsync(cancellationToken))
        {
            var contracts = await db.Contracts.AsNoTracking().ToListAsync(cancellationToken);
            counts = counts with { RunningContracts = contracts.Count(c => ContractRunState.Of(c, database.Clock.Today).IsRunning) };
        }

        var byType = new List<(CostType Type, decimal Amount)>();
        await using (var command = sql.Command(ByType, ("year", year.Year)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                byType.Add((Enum.Parse<CostType>(reader.GetString(0)), sql.Money(reader, 1) ?? 0m));
            }
        }

        var total = byType.Sum(t => t.Amount);
        var byVendor = new List<(int Id, string Name, decimal Amount)>();
        await using (var command = sql.Command(ByVendor, ("year", year.Year)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                byVendor.Add((reader.GetInt32(0), reader.GetString(1), sql.Money(reader, 2) ?? 0m));
            }
        }

        var perProduct = new Dictionary<int, decimal>();
        await using (var command = sql.Command(ByProduct, ("year", year.Year)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                perProduct[reader.GetInt32(0)] = sql.Money(reader, 1) ?? 0m;
            }
        }

        var shares = new Dictionary<int, (int Owner, List<(int Department, decimal Percent)> Recorded)>();
        await using (var command = sql.Command(Shares))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var product = reader.GetInt32(0);
                if (!shares.TryGetValue(product, out var entry))
                {
                    shares[product] = entry = (reader.GetInt32(1), []);
                }

                if (!reader.IsDBNull(2))
                {
                    entry.Recorded.Add((reader.GetInt32(2), sql.Money(reader, 3) ?? 0m));
                }
            }
        }

        // The same split as the dashboard: by normalised shares, the owner when none are recorded.
        var byDepartment = new Dictionary<int, decimal>();
        foreach (var (product, amount) in perProduct)
        {
            var (owner, recorded) = shares[product];
            var sum = recorded.Sum(s => Math.Max(0m, s.Percent));
            IEnumerable<(int Department, decimal Weight)> weights = recorded.Count == 0
                ? [(owner, 1m)]
                : recorded.Select(s => (s.Department, sum > 0m ? Math.Max(0m, s.Percent) / sum : 1m / recorded.Count)).Where(s => s.Item2 > 0m);
            foreach (var (department, weight) in weights)
            {
                byDepartment[department] = byDepartment.GetValueOrDefault(department) + amount * weight;
            }
        }

        return new Figures(counts, years, trend, total,
            byType.Where(t => t.Amount != 0m).OrderByDescending(t => t.Amount).Select(t => t.Amount).ToList(),
            byVendor.Where(v => v.Amount != 0m).OrderByDescending(v => v.Amount).ThenBy(v => v.Name, StringComparer.Ordinal).Take(DashboardService.VendorsShown).Select(v => $"{v.Id}:{Cents(v.Amount)}").ToList(),
            byDepartment.Where(d => d.Value != 0m).OrderByDescending(d => d.Value).ThenBy(d => d.Key).Select(d => $"{d.Key}:{Cents(d.Value)}").ToList(),
            GrowthText(growth));
    }

    /// <summary>
    /// The trend line's price index and the split of its change into causes (GrowthSplit, shown under the trend): over
    /// the first and last year of actuals that have an index value, as the trend picks them.
    /// </summary>
    private static async Task<GrowthSplit?> GrowthAsync(HandWrittenSql sql, IReadOnlyList<SpendYear> years, IReadOnlyList<decimal> trend,
        CancellationToken cancellationToken)
    {
        var index = new Dictionary<int, decimal>();
        await using (var command = sql.Command(IndexValues))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                index[Convert.ToInt32(reader.GetValue(0))] = sql.Money(reader, 1) ?? 0m;
            }
        }

        var indexed = years.Where(y => y.Basis == ValueBasis.Actual && index.ContainsKey(y.Year)).ToList();
        if (indexed.Count < 2)
        {
            return null;
        }

        var (from, to) = (indexed[0].Year, indexed[^1].Year);
        var costs = new List<SelectedCost>();
        await using (var command = sql.Command(GrowthRows, ("from", from), ("to", to)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                costs.Add(new SelectedCost(reader.GetInt32(0), Convert.ToInt32(reader.GetValue(1)), Enum.Parse<CostType>(reader.GetString(2)),
                    sql.Money(reader, 3) ?? 0m,
                    CostSelection.QuantityOf(Convert.ToInt32(reader.GetValue(4)), Convert.ToInt32(reader.GetValue(5)), Convert.ToInt32(reader.GetValue(6))),
                    ValueBasis.Actual));
            }
        }

        return GrowthSplit.Of(costs, from, to, index[from], index[to]);
    }

    private static string GrowthText(GrowthSplit? g) => g is null ? "–"
        : $"{g.FromYear}-{g.ToYear}: {Cents(g.From)} {Cents(g.To)} {Cents(g.PriceAboveIndex)} {Cents(g.PriceWithinIndex)} {Cents(g.Volume)} "
          + $"{Cents(g.NewProducts)}/{g.NewProductCount} {Cents(g.Retired)}/{g.RetiredProductCount}";

    /// <summary>
    /// An amount to the cent, whatever its scale: sums of the same euros can come back as 939954.3 from one path and
    /// 939954.30 from the other.
    /// </summary>
    private static string Cents(decimal amount) => decimal.Round(amount, 2).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
