using ItInventory.Core.Domain;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Auditing;
using ItInventory.Web.Features.Accounts;
using ItInventory.Web.Infrastructure.Security;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Exports;

/// <summary>
/// Every cost line or every product as a plain Excel sheet, read from the database row by row (no tracking, async
/// enumeration) and written row by row to the caller's stream: memory stays flat from a hundred rows to a million.
/// The styled reports (Features/Reports, ClosedXML) stay for curated views; this is the raw data for further work.
/// </summary>
public sealed class BulkExportService(IDbContextFactory<InventoryDbContext> contextFactory, ICurrentUser currentUser, AuditLog auditLog)
{
    public static readonly IReadOnlyList<(string Header, double Width)> CostLineColumns =
    [
        ("Inventarnummer", 14), ("Produkt", 40), ("Vertrag", 16), ("Haushaltsjahr", 12), ("Kostenart", 22), ("Plan/Ist", 9),
        ("Haushaltswirkung", 16), ("Betrag", 16), ("Menge", 10), ("Rechnungsnummer", 22), ("Bemerkung", 40),
    ];

    public static readonly IReadOnlyList<(string Header, double Width)> ProductColumns =
    [
        ("Inventarnummer", 14), ("Name", 40), ("Kategorie", 28), ("Federführendes Amt", 28), ("Anbieter", 32), ("Betrieb", 22),
        ("Betreiber", 32), ("Lebenszyklus", 16), ("Nutzer", 10), ("Lizenzen", 10), ("Lizenzmetrik", 18), ("Kritikalität", 12),
        ("In Betrieb seit", 14), ("Proprietäres Datenformat", 12), ("Dokumentierte API", 12), ("Offener Export", 12),
        ("Export kostet extra", 12), ("Alternativen am Markt", 12), ("Geschätzte Migrationskosten", 18), ("Quellcode-Hinterlegung", 12),
        ("Nur beim Anbieter betreibbar", 12), ("Im Paket mit anderen Produkten", 12), ("Erzwungene Updates", 12),
        ("Ende der Wartung angekündigt", 12), ("Wissen nur beim Anbieter", 12), ("Beschreibung", 40), ("Bemerkungen", 40),
    ];

    /// <returns>The number of cost lines written.</returns>
    /// <remarks>
    /// Reading and writing overlap: one task reads cost lines into a small bounded channel while this one compresses
    /// them into the workbook, so the export takes about as long as the slower of the two, not their sum. Product and
    /// contract numbers come from two small dictionaries (one entry per product or contract, not per line) instead of
    /// a join per line.
    /// </remarks>
    public async Task<long> WriteCostLinesAsync(Stream output, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.Export);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        await RecordAsync("Kostenpositionen", await db.CostLines.LongCountAsync(cancellationToken), cancellationToken);
        var products = await db.Products.ToDictionaryAsync(p => p.Id, p => (p.InventoryNumber, p.Name), cancellationToken);
        var contracts = await db.Contracts.ToDictionaryAsync(c => c.Id, c => c.ContractNumber, cancellationToken);

        var chunks = Channel.CreateBounded<CostLineRow[]>(new BoundedChannelOptions(8) { SingleReader = true, SingleWriter = true });
        var reading = Task.Run(() => ReadCostLinesAsync(db, products, contracts, chunks.Writer, cancellationToken), cancellationToken);

        long rows = 0;
        try
        {
            await using var workbook = await StreamingWorkbook.CreateAsync(output, "Kostenpositionen", CostLineColumns, cancellationToken);
            await foreach (var chunk in chunks.Reader.ReadAllAsync(cancellationToken))
            {
                foreach (var line in chunk)
                {
                    await WriteAsync(workbook, line, cancellationToken);
                }

                rows += chunk.Length;
            }

            await workbook.FinishAsync(cancellationToken);
        }
        finally
        {
            // Stops the reader if writing failed (client gone), and surfaces a reading error.
            chunks.Reader.TryRead(out _);
            await reading;
        }

        return rows;
    }

    private static async Task ReadCostLinesAsync(InventoryDbContext db, Dictionary<int, (string InventoryNumber, string Name)> products,
        Dictionary<int, string> contracts, ChannelWriter<CostLineRow[]> chunks, CancellationToken cancellationToken)
    {
        const int chunkSize = 512;
        try
        {
            var chunk = new List<CostLineRow>(chunkSize);
            // In the order of entry, the table's own order: the same data always gives the same file, and the database
            // reads straight through. Sorting by product and year first took SQLite half as long again as writing the
            // file (a sort and a table lookup per line beside the index), and PostgreSQL twice as long as this order.
            var lines = db.CostLines
                .OrderBy(c => c.Id)
                .Select(c => new { c.ProductId, c.ContractId, c.FiscalYear, c.CostType, c.Kind, c.Amount, c.Quantity, c.InvoiceReference, c.Note })
                .AsAsyncEnumerable();
            await foreach (var c in lines.WithCancellation(cancellationToken))
            {
                var (number, name) = products[c.ProductId];
                chunk.Add(new CostLineRow(number, name, c.ContractId is { } contract ? contracts[contract] : null, c.FiscalYear,
                    c.CostType, c.Kind, c.Amount, c.Quantity, c.InvoiceReference, c.Note));
                if (chunk.Count == chunkSize)
                {
                    await chunks.WriteAsync([.. chunk], cancellationToken);
                    chunk.Clear();
                }
            }

            if (chunk.Count > 0)
            {
                await chunks.WriteAsync([.. chunk], cancellationToken);
            }

            chunks.Complete();
        }
        catch (Exception ex)
        {
            chunks.Complete(ex);
            if (ex is not OperationCanceledException)
            {
                throw;
            }
        }
    }

    /// <returns>The number of products written.</returns>
    public async Task<long> WriteProductsAsync(Stream output, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.Export);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await RecordAsync("Produkte", await db.Products.LongCountAsync(cancellationToken), cancellationToken);

        await using var workbook = await StreamingWorkbook.CreateAsync(output, "Produkte", ProductColumns, cancellationToken);
        long rows = 0;
        var products = db.Products.AsNoTracking()
            .OrderBy(p => p.InventoryNumber)
            .Select(p => new
            {
                Product = p,
                Category = p.Category!.Name,
                Department = p.OwnerDepartment!.Number + " " + p.OwnerDepartment.Name,
                Vendor = p.Vendor!.Name,
                Operator = p.OperatorVendor!.Name,
            })
            .AsAsyncEnumerable();
        await foreach (var row in products.WithCancellation(cancellationToken))
        {
            var p = row.Product;
            workbook.Code(p.InventoryNumber);
            workbook.Text(p.Name);
            workbook.Text(row.Category);
            workbook.Text(row.Department);
            workbook.Text(row.Vendor);
            workbook.Text(Labels.Of(p.Operator));
            workbook.Text(row.Operator);
            workbook.Text(Labels.Of(p.Lifecycle));
            workbook.Integer(p.UserCount);
            workbook.Integer(p.LicenceCount);
            workbook.Text(Labels.Of(p.LicenceMetric));
            workbook.Text(Labels.Of(p.Criticality));
            workbook.Integer(p.InServiceSince);
            foreach (var fact in new[] { p.ProprietaryDataFormat, p.HasDocumentedApi, p.HasOpenDataExport, p.ExportCostsExtra })
            {
                workbook.Text(YesNo(fact));
            }

            workbook.Integer(p.AlternativeProducts);
            workbook.Euro(p.EstimatedMigrationCost);
            foreach (var fact in new[] { p.HasSourceCodeEscrow, p.HostedOnlyByVendor, p.BundledWithVendorSuite, p.VendorForcedUpgrades, p.EndOfLifeAnnounced, p.KnowHowOnlyAtVendor })
            {
                workbook.Text(YesNo(fact));
            }

            workbook.Text(p.Description);
            workbook.Text(p.Notes);
            await workbook.EndRowAsync(cancellationToken);
            rows++;
        }

        await workbook.FinishAsync(cancellationToken);
        return rows;
    }

    /// <summary>The same row formatting, for the benchmark's baseline that writes rows held in memory.</summary>
    public static ValueTask WriteAsync(StreamingWorkbook workbook, CostLineRow line, CancellationToken cancellationToken)
    {
        workbook.Code(line.InventoryNumber);
        workbook.Text(line.Product);
        workbook.Code(line.Contract);
        workbook.Year(line.FiscalYear);
        workbook.Text(Labels.Of(line.CostType));
        workbook.Text(Labels.Of(line.Kind));
        workbook.Text(Labels.Of(CostTypes.TreatmentOf(line.CostType)));
        workbook.Euro(line.Amount);
        workbook.Integer(line.Quantity);
        workbook.Code(line.InvoiceReference);
        workbook.Text(line.Note);
        return workbook.EndRowAsync(cancellationToken);
    }

    /// <summary>Recorded before the first byte leaves: a download that breaks off half-way has still disclosed data.</summary>
    private async Task RecordAsync(string what, long rows, CancellationToken cancellationToken) =>
        await auditLog.RecordAsync(AuditAction.Export, await currentUser.GetNameAsync(), $"Export aller {what} (Excel, {rows:N0} Zeilen).", cancellationToken: cancellationToken);

    private static string YesNo(bool value) => value ? "ja" : "nein";
}

public sealed record CostLineRow(
    string InventoryNumber,
    string Product,
    string? Contract,
    int FiscalYear,
    CostType CostType,
    CostKind Kind,
    decimal Amount,
    int? Quantity,
    string? InvoiceReference,
    string? Note);
