using ItInventory.Core.Domain;
using ItInventory.Core.Invoices;
using ItInventory.Web.Data;
using Microsoft.EntityFrameworkCore;
using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Web.Features.Invoices;

/// <summary>
/// A corrected invoice (384) replaces the invoice it names in BG-3: the original's cost lines go, it is marked
/// replaced, and only the correction counts. Never both. A settled prepayment's correction undoes the settlement.
/// </summary>
internal static class InvoiceCorrections
{
    /// <returns>A description of the replaced invoice, or null when there was none to replace.</returns>
    public static async Task<string?> ReplaceAsync(InventoryDbContext db, ReceivedInvoice correction, EInvoice invoice,
        CancellationToken cancellationToken)
    {
        if (!invoice.IsCorrection || invoice.Preceding is not { } preceding) return null;
        var candidates = await db.ReceivedInvoices
            .Where(i => i.Id != correction.Id && i.Number == preceding.Number
                        && (i.Status == ReceivedInvoiceStatus.Booked || i.Status == ReceivedInvoiceStatus.ToReview))
            .ToListAsync(cancellationToken);
        var original = candidates
            .Where(i => preceding.IssueDate is null || i.IssueDate == preceding.IssueDate)
            .Where(i => InvoiceDuplicates.SameSeller(i, invoice.Seller))
            .OrderByDescending(i => i.Id)
            .FirstOrDefault();
        if (original is null) return null;
        var unsettled = await PrepaymentLedger.UnsettleAsync(db, original.Id, cancellationToken);
        await InvoiceLedger.RemoveCostLinesAsync(db, original.Id, cancellationToken);
        await PrepaymentLedger.ReleaseAsync(db, original.Id, cancellationToken);
        original.Status = ReceivedInvoiceStatus.Replaced;
        original.ReplacedById = correction.Id;
        return $"{original.Number} vom {Date(original.IssueDate)}" + (unsettled is null ? ""
            : $"; die Verrechnung mit der Schlussrechnung {unsettled} ist aufgehoben: bitte dort die Vorauszahlungen neu bestätigen");
    }
}
