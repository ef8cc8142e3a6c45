using ItInventory.Benchmarks.Harness;
using ItInventory.Web.Features.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SpreadCheetah;

namespace ItInventory.Benchmarks.Cases;

/// <summary>
/// Importing a hand-kept inventory list of 10,000 new products (with two years of maintenance costs and a contract
/// each) into a fresh copy of the sample city, against only reading the same workbook.
/// </summary>
public sealed class ImportCase(int rows = 10_000) : IBenchmarkCase
{
    public string Name => "Import";

    public async Task<IReadOnlyList<BenchmarkResult>> RunAsync(BenchmarkDatabase database, BenchmarkRun run, CancellationToken cancellationToken = default)
    {
        var count = run.Smoke ? 50 : rows;
        await using var copies = await SampleCityCopies.CreateAsync(database);
        BenchmarkDatabase? target = await copies.NewCopyAsync();
        var file = await WorkbookAsync(target, count, database.Clock.CurrentYear, cancellationToken);

        var result = await ImportAsync(target, file, cancellationToken);
        if (result.Created != count || result.Errors != 0)
        {
            throw new InvalidOperationException($"Import: {result.Created} von {count} Zeilen angelegt, {result.Errors} Fehler.");
        }

        var (baseline, measured) = await Measurement.CompareAsync(
            () => Task.FromResult(WorkbookReader.Read(file, "inventar.xlsx", cancellationToken)),
            () => ImportAsync(target!, file, cancellationToken),
            Math.Max(1, run.Iterations / 2), warmup: 0,
            beforeMeasured: async () => target = await copies.NewCopyAsync());
        return [new BenchmarkResult($"{Name} von {count:N0} Zeilen", database.Provider.ToString(), baseline, measured, "≤ 3×", measured <= baseline * 3,
            "Basis: dieselbe Datei nur lesen (WorkbookReader)")];
    }

    private static async Task<ImportResult> ImportAsync(BenchmarkDatabase target, byte[] file, CancellationToken cancellationToken)
    {
        var options = Options.Create(new ImportOptions());
        var service = new ImportService(target.Factory, options, target.Clock, BenchmarkDatabase.User,
            new ImportReportStore(new MemoryCache(new MemoryCacheOptions()), options), TimeProvider.System, NullLogger<ImportService>.Instance);
        var session = await service.OpenAsync(new MemoryStream(file), "inventar.xlsx", file.Length, cancellationToken);
        return await service.RunAsync(session, session.Suggested, cancellationToken: cancellationToken);
    }

    /// <summary>The shape of a city's own list: a title row, then one row per product with names the city uses.</summary>
    private static async Task<byte[]> WorkbookAsync(BenchmarkDatabase city, int count, int year, CancellationToken cancellationToken)
    {
        await using var db = await city.Factory.CreateDbContextAsync(cancellationToken);
        var vendors = await db.Vendors.OrderBy(v => v.Id).Select(v => v.Name).ToListAsync(cancellationToken);
        var departments = await db.Departments.OrderBy(d => d.Id).Select(d => d.Number).ToListAsync(cancellationToken);
        var categories = await db.Categories.OrderBy(c => c.Id).Select(c => c.Code).ToListAsync(cancellationToken);
        string[] lifecycles = ["im Betrieb", "in Einführung", "Auslauf"];
        string[] operators = ["Kommunales Rechenzentrum", "SaaS", "Eigenbetrieb"];

        using var stream = new MemoryStream();
        await using (var sheet = await Spreadsheet.CreateNewAsync(stream, cancellationToken: cancellationToken))
        {
            await sheet.StartWorksheetAsync("Inventar", token: cancellationToken);
            await sheet.AddRowAsync([new Cell($"Inventar der Fachverfahren {year}")], cancellationToken);
            await sheet.AddRowAsync(Array.Empty<Cell>(), cancellationToken);
            await sheet.AddRowAsync(new[] { "Inventarnummer", "Produkt", "Anbieter", "Amt", "Kategorie", "Lizenzen", "Nutzer", "Lebenszyklus", "Betrieb",
                $"Pflegekosten {year - 1}", $"Pflegekosten {year}", "Vertragsende", "Kündigungsfrist" }.Select(h => new Cell(h)).ToArray(), cancellationToken);
            for (var i = 1; i <= count; i++)
            {
                var cost = 500m + i * 37 % 90_000;
                await sheet.AddRowAsync(
                [
                    new Cell($"IMP-B-{i:00000}"), new Cell($"Importiertes Verfahren {i:00000}"), new Cell(vendors[i % vendors.Count]),
                    new Cell(departments[i % departments.Count]), new Cell(categories[i % categories.Count]), new Cell(10 + i % 400), new Cell(5 + i % 300),
                    new Cell(lifecycles[i % lifecycles.Length]), new Cell(operators[i % operators.Length]), new Cell(cost), new Cell(decimal.Round(cost * 1.03m, 2)),
                    new Cell(new DateTime(year + 1 + i % 3, 12, 31)), new Cell("3 Monate zum Jahresende"),
                ], cancellationToken);
            }

            await sheet.FinishAsync(cancellationToken);
        }

        return stream.ToArray();
    }
}
