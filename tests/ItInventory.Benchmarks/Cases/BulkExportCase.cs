using ItInventory.Benchmarks.Harness;
using ItInventory.Web.Data.Auditing;
using ItInventory.Web.Features.Exports;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Benchmarks.Cases;

/// <summary>
/// The export of every cost line, from the database to the response stream, against the bare writer writing the same
/// rows already held in memory. The export's peak memory is taken first, before the baseline loads its rows; the harness
/// runs this case first, so no earlier case has grown the process.
/// </summary>
public sealed class BulkExportCase : IBenchmarkCase
{
    public string Name => "Export aller Kostenpositionen";

    public async Task<IReadOnlyList<BenchmarkResult>> RunAsync(BenchmarkDatabase database, BenchmarkRun run, CancellationToken cancellationToken = default)
    {
        var service = new BulkExportService(database.Factory, BenchmarkDatabase.User, new AuditLog(database.Factory));

        long rows;
        long peakWorkingSet, peakHeap, startWorkingSet;
        using (var memory = PeakMemory.Start())
        {
            rows = await service.WriteCostLinesAsync(new CountingStream(), cancellationToken);
            peakWorkingSet = memory.PeakWorkingSetBytes;
            startWorkingSet = memory.StartWorkingSetBytes;
            peakHeap = memory.PeakManagedHeapBytes;
        }

        List<CostLineRow> inMemory;
        await using (var db = await database.Factory.CreateDbContextAsync(cancellationToken))
        {
            inMemory = await db.CostLines.AsNoTracking()
                .OrderBy(c => c.Id)
                .Select(c => new CostLineRow(c.Product!.InventoryNumber, c.Product.Name, c.Contract!.ContractNumber, c.FiscalYear,
                    c.CostType, c.Kind, c.Amount, c.Quantity, c.InvoiceReference, c.Note))
                .ToListAsync(cancellationToken);
        }

        var (baseline, measured) = await Measurement.CompareAsync(
            () => WriteFromMemoryAsync(inMemory, cancellationToken),
            () => service.WriteCostLinesAsync(new CountingStream(), cancellationToken),
            Math.Max(1, run.Iterations / 2), warmup: 0);
        var megabytes = peakWorkingSet / 1024d / 1024d;
        return
        [
            new BenchmarkResult($"{Name} ({rows:N0} Zeilen)", database.Provider.ToString(), baseline, measured, "≤ 1,3×, Spitze ≤ 300 MB",
                measured <= baseline * 1.3 && megabytes <= 300,
                $"Spitze Arbeitsspeicher des Prozesses {megabytes:N0} MB (davor {startWorkingSet / 1024d / 1024d:N0} MB), verwalteter Heap höchstens {peakHeap / 1024d / 1024d:N0} MB"),
        ];
    }

    private static async Task WriteFromMemoryAsync(List<CostLineRow> rows, CancellationToken cancellationToken)
    {
        await using var workbook = await StreamingWorkbook.CreateAsync(new CountingStream(), "Kostenpositionen", BulkExportService.CostLineColumns, cancellationToken);
        foreach (var row in rows)
        {
            await BulkExportService.WriteAsync(workbook, row, cancellationToken);
        }

        await workbook.FinishAsync(cancellationToken);
    }
}
