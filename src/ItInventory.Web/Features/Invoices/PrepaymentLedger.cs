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
    /// A settled prepayment replaced by a correction (384) undoes its final invoice's whole confirmation: the settlement
    /// rows and the final invoice's reversal lines of every prepayment it settled go, so the final invoice asks again for
    /// its prepayments to be confirmed (now with the correction among the candidates). Kept as it was, the reversal of
    /// the replaced amount would have stayed while the correction counted on its own: the prepayment taken off twice.
    /// </summary>
    /// <returns>The final invoice's number, or null when the prepayment was not settled.</returns>
    public static async Task<string?> UnsettleAsync(InventoryDbContext db, int prepaymentId, CancellationToken cancellationToken)
    {
        var finalId = await db.PrepaymentSettlements.Where(s => s.PrepaymentInvoiceId == prepaymentId)
            .Select(s => (int?)s.FinalInvoiceId).FirstOrDefaultAsync(cancellationToken);
        if (finalId is null) return null;
        var settlements = await db.PrepaymentSettlements.Where(s => s.FinalInvoiceId == finalId).ToListAsync(cancellationToken);
        var settledIds = settlements.Select(s => s.PrepaymentInvoiceId).ToList();
        var settledLines = await db.CostLines.AsNoTracking()
            .Where(c => c.ReceivedInvoiceId != null && settledIds.Contains(c.ReceivedInvoiceId.Value)).ToListAsync(cancellationToken);
        var reversals = await db.CostLines.Where(c => c.ReceivedInvoiceId == finalId && c.Amount < 0m).ToListAsync(cancellationToken);
        // Each reversal mirrors one line of a settled prepayment (SettleAsync); the final invoice's own lines stay.
        foreach (var line in settledLines)
        {
            var reversal = reversals.FirstOrDefault(r => r.ProductId == line.ProductId && r.ContractId == line.ContractId
                && r.FiscalYear == line.FiscalYear && r.CostType == line.CostType && r.Amount == -line.Amount);
            if (reversal is null) continue;
            reversals.Remove(reversal);
            db.CostLines.Remove(reversal);
        }
        db.PrepaymentSettlements.RemoveRange(settlements);
        var final = await db.ReceivedInvoices.SingleAsync(i => i.Id == finalId, cancellationToken);
        // Touched, so its version changes: a confirmation form loaded before this is a conflict.
        db.Entry(final).Property(f => f.Status).IsModified = true;
        return final.Number;
    }

    /// <summary>
    /// A final invoice that goes (Storno, or replaced by a correction) releases what it settled; its reversal lines go
    /// with its own cost lines, so the prepayments count again.
    /// </summary>
    public static async Task ReleaseAsync(InventoryDbContext db, int finalId, CancellationToken cancellationToken) =>
        db.PrepaymentSettlements.RemoveRange(
            await db.PrepaymentSettlements.Where(s => s.FinalInvoiceId == finalId).ToListAsync(cancellationToken));
}
