using ItInventory.Web.Components.Shared;
using ItInventory.Core.Domain;
using ItInventory.Web.Data;
using ItInventory.Web.Features.Accounts;
using ItInventory.Web.Features.Audit;
using ItInventory.Web.Infrastructure.Security;
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
    public async Task<long> WriteCostLinesAsync(Stream output, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.Export);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await RecordAsync("Kostenpositionen", await db.CostLines.LongCountAsync(cancellationToken), cancellationToken);

        await using var workbook = await StreamingWorkbook.CreateAsync(output, "Kostenpositionen", CostLineColumns, cancellationToken);
        long rows = 0;
        // Ordered along the (ProductId, FiscalYear, ...) index: by product, then year, no sort of a million rows.
        var lines = db.CostLines.AsNoTracking()
            .OrderBy(c => c.ProductId).ThenBy(c => c.FiscalYear).ThenBy(c => c.Kind).ThenBy(c => c.Id)
            .Select(c => new CostLineRow(c.Product!.InventoryNumber, c.Product.Name, c.Contract!.ContractNumber, c.FiscalYear,
                c.CostType, c.Kind, c.Amount, c.Quantity, c.InvoiceReference, c.Note))
            .AsAsyncEnumerable();
        await foreach (var line in lines.WithCancellation(cancellationToken))
        {
            await WriteAsync(workbook, line, cancellationToken);
            rows++;
        }

        await workbook.FinishAsync(cancellationToken);
        return rows;
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
