using ItInventory.Benchmarks.Harness;
using ItInventory.Web.Features.Dashboard;

namespace ItInventory.Benchmarks.Cases;

/// <summary>The dashboard's figures for the current year (OverviewService) against one hand-written statement.</summary>
public sealed class DashboardCase : IBenchmarkCase
{
    public string Name => "Übersicht: Kennzahlen eines Jahres";

    public async Task<IReadOnlyList<BenchmarkResult>> RunAsync(BenchmarkDatabase database, BenchmarkRun run, CancellationToken cancellationToken = default)
    {
        var service = new OverviewService(database.Factory, database.Clock, BenchmarkDatabase.User);
        var year = database.Clock.CurrentYear;

        var viaEf = await service.GetAsync(cancellationToken);
        var viaSql = await HandWrittenAsync(database, year, cancellationToken);
        if (viaEf != viaSql)
        {
            throw new InvalidOperationException($"Übersicht und handgeschriebenes SQL weichen ab: {viaEf} / {viaSql}");
        }

        var (baseline, measured) = await Measurement.CompareAsync(
            () => HandWrittenAsync(database, year, cancellationToken),
            () => service.GetAsync(cancellationToken),
            run.Iterations, run.Warmup);
        return [new BenchmarkResult(Name, database.Provider.ToString(), baseline, measured, "≤ 1,5×", measured <= baseline * 1.5)];
    }

    private const string Figures = """
        SELECT
            (SELECT COUNT(*) FROM "Products"),
            (SELECT COUNT(*) FROM "Products" WHERE "Lifecycle" = 'Active'),
            (SELECT COUNT(*) FROM "Vendors"),
            (SELECT COUNT(*) FROM "Contracts" WHERE "EndedOn" IS NULL),
            (SELECT SUM("Amount") FROM "CostLines" WHERE "FiscalYear" = @year AND "Kind" = 'Actual'),
            (SELECT SUM("Amount") FROM "CostLines" WHERE "FiscalYear" = @year AND "Kind" = 'Plan'),
            (SELECT SUM("Amount") FROM "CostLines" WHERE "FiscalYear" = @previous AND "Kind" = 'Actual'),
            (SELECT SUM("Amount") FROM "CostLines" WHERE "FiscalYear" = @previous AND "Kind" = 'Plan')
        """;

    internal static async Task<OverviewFigures> HandWrittenAsync(BenchmarkDatabase database, int year, CancellationToken cancellationToken)
    {
        await using var sql = await HandWrittenSql.OpenAsync(database, cancellationToken);
        await using var command = sql.Command(Figures, ("year", year), ("previous", year - 1));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var thisActual = sql.Money(reader, 4);
        var lastActual = sql.Money(reader, 6);
        return new OverviewFigures(
            year,
            Convert.ToInt32(reader.GetValue(0)),
            Convert.ToInt32(reader.GetValue(1)),
            Convert.ToInt32(reader.GetValue(2)),
            Convert.ToInt32(reader.GetValue(3)),
            thisActual ?? sql.Money(reader, 5) ?? 0m,
            thisActual is null,
            lastActual ?? sql.Money(reader, 7) ?? 0m,
            lastActual is null);
    }
}
