using System.Security.Cryptography;
using ItInventory.Core.Domain;
using ItInventory.Core.Invoices;
using ItInventory.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Invoices;

/// <summary>Writes and removes the actual cost lines of a received invoice; the callers own the transaction.</summary>
internal static class InvoiceLedger
{
    public static void Book(InventoryDbContext db, ReceivedInvoice received, EInvoice invoice, IReadOnlyList<LineAssignment> assignments)
    {
        foreach (var line in InvoiceBooking.Plan(invoice, assignments))
        {
            db.CostLines.Add(new CostLine
            {
                ProductId = line.ProductId, ContractId = line.ContractId, FiscalYear = line.FiscalYear, CostType = line.CostType,
                Kind = CostKind.Actual, Amount = line.Amount, Quantity = line.Quantity,
                InvoiceReference = Clip(line.InvoiceReference, 100), Note = Clip(line.Note, 1000),
                ReceivedInvoiceId = received.Id,
            });
        }
        received.Status = ReceivedInvoiceStatus.Booked;
    }

    public static async Task RemoveCostLinesAsync(InventoryDbContext db, int receivedId, CancellationToken cancellationToken) =>
        db.CostLines.RemoveRange(await db.CostLines.Where(c => c.ReceivedInvoiceId == receivedId).ToListAsync(cancellationToken));

    /// <summary>The stored file read again: the original is the one source of the lines, never a copy of them.</summary>
    public static EInvoice Reread(ReceivedInvoice received) =>
        InvoiceDocument.Read(received.Content, long.MaxValue).Invoice
        ?? throw new InvalidOperationException($"Die gespeicherte Rechnung {received.Id} ist nicht mehr lesbar.");

    public static string Sha256Of(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public static string? Clip(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}
