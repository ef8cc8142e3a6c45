using ItInventory.Core.Domain;
using ItInventory.Core.Invoices;
using ItInventory.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Invoices;

/// <summary>
/// The booking side of a confirmed settlement; the callers own the transaction. A settled prepayment's cost lines are
/// not deleted but reversed by lines of the final invoice (same product, contract, year and cost type, negative), so the
/// prepayment stays as booked and cancelling the final invoice, which removes its lines, makes it count again.
/// </summary>
internal static class PrepaymentLedger
{
    public static async Task SettleAsync(InventoryDbContext db, ReceivedInvoice final, IReadOnlyList<ReceivedInvoice> prepayments,
        CancellationToken cancellationToken)
    {
        var ids = prepayments.Select(p => p.Id).ToList();
        var lines = await db.CostLines.AsNoTracking()
            .Where(c => c.ReceivedInvoiceId != null && ids.Contains(c.ReceivedInvoiceId.Value)).ToListAsync(cancellationToken);
        foreach (var prepayment in prepayments)
        {
            db.PrepaymentSettlements.Add(new PrepaymentSettlement { FinalInvoiceId = final.Id, PrepaymentInvoiceId = prepayment.Id });
            // Touched, so its version changes: a Storno of it that was loaded before this confirmation is a conflict.
            db.Entry(prepayment).Property(p => p.Status).IsModified = true;
            foreach (var line in lines.Where(l => l.ReceivedInvoiceId == prepayment.Id))
                db.CostLines.Add(new CostLine
                {
                    ProductId = line.ProductId, ContractId = line.ContractId, FiscalYear = line.FiscalYear, CostType = line.CostType,
                    Kind = CostKind.Actual, Amount = -line.Amount, Quantity = -line.Quantity,
                    InvoiceReference = InvoiceLedger.Clip(final.Number, 100),
                    Note = InvoiceLedger.Clip($"Verrechnung: {InvoiceTypeCodes.Label(prepayment.TypeCode)} {prepayment.Number} ist mit der Schlussrechnung {final.Number} (BT-113) abgegolten; hebt ihre Buchung auf.", 1000),
                    ReceivedInvoiceId = final.Id,
                });
        }
        db.Entry(final).Property(f => f.Status).IsModified = true;
    }

    /// <summary>The final invoice that settled this one, or null: such a prepayment cannot be cancelled on its own.</summary>
    public static async Task<string?> SettledByAsync(InventoryDbContext db, int prepaymentId, CancellationToken cancellationToken) =>
        await db.PrepaymentSettlements.Where(s => s.PrepaymentInvoiceId == prepaymentId)
            .Join(db.ReceivedInvoices, s => s.FinalInvoiceId, i => i.Id, (s, i) => i.Number)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// A final invoice that goes (Storno, or replaced by a correction) releases what it settled; its reversal lines go
    /// with its own cost lines, so the prepayments count again.
    /// </summary>
    public static async Task ReleaseAsync(InventoryDbContext db, int finalId, CancellationToken cancellationToken) =>
        db.PrepaymentSettlements.RemoveRange(
            await db.PrepaymentSettlements.Where(s => s.FinalInvoiceId == finalId).ToListAsync(cancellationToken));
}
