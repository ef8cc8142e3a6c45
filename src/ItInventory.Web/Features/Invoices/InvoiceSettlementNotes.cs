using ItInventory.Core.Domain;
using ItInventory.Core.Invoices;
using ItInventory.Web.Data;
using Microsoft.EntityFrameworkCore;
using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Web.Features.Invoices;

/// <summary>
/// The list's notes on settlements: a final invoice lists the prepayment invoices it settles (with the sum against
/// BT-113), each settled one names its final invoice, and a final invoice not yet confirmed is marked.
/// </summary>
internal static class InvoiceSettlementNotes
{
    public static async Task<IReadOnlyList<InvoiceRow>> AddAsync(InventoryDbContext db, IReadOnlyList<InvoiceRow> rows,
        CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var settlements = await db.PrepaymentSettlements.AsNoTracking()
            .Where(s => ids.Contains(s.FinalInvoiceId) || ids.Contains(s.PrepaymentInvoiceId))
            .Join(db.ReceivedInvoices, s => s.FinalInvoiceId, f => f.Id, (s, f) => new { s.FinalInvoiceId, s.PrepaymentInvoiceId, Final = f.Number })
            .Join(db.ReceivedInvoices, x => x.PrepaymentInvoiceId, p => p.Id,
                (x, p) => new { x.FinalInvoiceId, x.PrepaymentInvoiceId, x.Final, Prepayment = p.Number, p.Gross })
            .ToListAsync(cancellationToken);
        if (settlements.Count == 0 && rows.All(r => r.Prepaid <= 0m)) return rows;
        var byFinal = settlements.ToLookup(s => s.FinalInvoiceId);
        var byPrepayment = settlements.ToDictionary(s => s.PrepaymentInvoiceId);
        return rows.Select(row =>
        {
            var settled = byFinal[row.Id].ToList();
            if (settled.Count > 0)
                return row with
                {
                    SettlementNote = $"Verrechnet die Abschlagsrechnungen {string.Join(", ", settled.Select(s => $"{s.Prepayment} ({EuroCents(s.Gross)})"))}. " +
                                     PrepaymentSettlementRules.Check(row.Prepaid, settled.Select(s => s.Gross)).Message,
                };
            if (byPrepayment.TryGetValue(row.Id, out var by))
                return row with { SettlementNote = $"Mit der Schlussrechnung {by.Final} verrechnet: zählt nicht mehr zu den Kosten." };
            return row with { AwaitsPrepayments = PrepaymentSettlementRules.AwaitsConfirmation(
                new SettlementInvoice(row.Id, row.Number, row.IssueDate, row.TypeCode, null, null, row.Gross, row.Prepaid,
                    row.Status == ReceivedInvoiceStatus.Booked, null), confirmed: false) };
        }).ToList();
    }
}
