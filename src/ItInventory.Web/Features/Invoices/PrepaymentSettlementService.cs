using ItInventory.Core.Domain;
using ItInventory.Core.Invoices;
using ItInventory.Web.Data;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Invoices;

/// <summary>One invoice the final invoice may settle, for the confirmation form.</summary>
public sealed record PrepaymentCandidateRow(int Id, string Number, DateOnly IssueDate, string TypeLabel, decimal Gross, bool Likely,
    string Reasons, bool Settled);

/// <summary>A final invoice with prepaid amounts (BT-113), its candidates, and what the user confirmed.</summary>
public sealed record PrepaymentSettlementView(int FinalId, Guid Version, string Number, decimal Prepaid, bool Confirmed,
    IReadOnlyList<PrepaymentCandidateRow> Candidates, SettlementCheck? Check);

/// <summary>
/// Settles prepayment invoices with a final invoice, as the user confirms. Until then the final invoice stays booked
/// with its gross: that is the cost of the whole service in its period, which the Kämmerei expects to see on the final
/// invoice (and the only correct figure when the prepayments were paid before this inbox existed); booking only the
/// payable part would hide cost whenever a prepayment is not in the inbox. The inbox says loudly that the prepayments
/// count twice until confirmed. Confirming reverses the chosen prepayments' cost lines in one audited save.
/// </summary>
public sealed class PrepaymentSettlementService(IDbContextFactory<InventoryDbContext> contextFactory, ICurrentUser currentUser)
{
    public async Task<PrepaymentSettlementView> GetAsync(int finalId, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var final = await db.ReceivedInvoices.AsNoTracking().SingleOrNotFoundAsync(finalId, InvoiceReviewService.EntityName, cancellationToken);
        var candidates = await CandidatesAsync(db, final, cancellationToken);
        var settled = candidates.Where(c => c.Invoice.SettledByInvoiceId == finalId).ToList();
        return new PrepaymentSettlementView(final.Id, final.Version, final.Number, final.Prepaid, settled.Count > 0,
            candidates.Select(c => new PrepaymentCandidateRow(c.Invoice.Id, c.Invoice.Number, c.Invoice.IssueDate,
                InvoiceTypeCodes.Label(c.Invoice.TypeCode), c.Invoice.Gross, c.Likely, string.Join("; ", c.Reasons),
                c.Invoice.SettledByInvoiceId == finalId)).ToList(),
            settled.Count > 0 ? PrepaymentSettlementRules.Check(final.Prepaid, settled.Select(c => c.Invoice.Gross)) : null);
    }

    /// <summary>
    /// Confirms that <paramref name="finalId"/> settles <paramref name="prepaymentIds"/>: each must be one of its candidates
    /// (another tenant's or an unrelated invoice is refused, nothing written). Once per final invoice; a Storno undoes it.
    /// </summary>
    /// <returns>The confirmed sum against BT-113; a mismatch is allowed, and said.</returns>
    public async Task<SettlementCheck> ConfirmAsync(int finalId, Guid version, IReadOnlyCollection<int> prepaymentIds,
        CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditCosts);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var final = await db.ReceivedInvoices.SingleOrNotFoundAsync(finalId, InvoiceReviewService.EntityName, cancellationToken);
        db.ExpectVersion(final, version);
        var candidates = await CandidatesAsync(db, final, cancellationToken);
        var refusal = candidates.Any(c => c.Invoice.SettledByInvoiceId == finalId)
            ? "Die Vorauszahlungen dieser Schlussrechnung sind bereits bestätigt; für eine andere Auswahl stornieren Sie die Schlussrechnung und lesen sie erneut ein."
            : PrepaymentSettlementRules.Refusal(Facts(final), prepaymentIds, candidates);
        if (refusal is not null)
            throw new ValidationFailedException(new Dictionary<string, string[]> { ["PrepaymentIds"] = [refusal] });

        var prepayments = await db.ReceivedInvoices.Where(i => prepaymentIds.Contains(i.Id)).ToListAsync(cancellationToken);
        await PrepaymentLedger.SettleAsync(db, final, prepayments, cancellationToken);
        await db.SaveOrConflictAsync<ReceivedInvoice>(InvoiceReviewService.EntityName, cancellationToken);
        return PrepaymentSettlementRules.Check(final.Prepaid, prepayments.Select(p => p.Gross));
    }

    private static async Task<IReadOnlyList<PrepaymentCandidate>> CandidatesAsync(InventoryDbContext db, ReceivedInvoice final,
        CancellationToken cancellationToken)
    {
        if (final.VendorId is null || final.Prepaid <= 0m) return [];
        var earlier = await db.ReceivedInvoices.AsNoTracking()
            // A correction issued later may stand in for a prepayment issued earlier (the rules decide; this only narrows).
            .Where(i => i.VendorId == final.VendorId && i.Id != final.Id
                        && (i.IssueDate < final.IssueDate || db.ReceivedInvoices.Any(o => o.ReplacedById == i.Id && o.IssueDate < final.IssueDate)))
            .Select(i => new
            {
                i.Id, i.Number, i.IssueDate, i.TypeCode, i.VendorId, i.ContractId, i.Gross, i.Prepaid, i.Status,
                SettledBy = db.PrepaymentSettlements.Where(s => s.PrepaymentInvoiceId == i.Id).Select(s => (int?)s.FinalInvoiceId).FirstOrDefault(),
                Replaced = db.ReceivedInvoices.Where(o => o.ReplacedById == i.Id).Select(o => (DateOnly?)o.IssueDate).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return PrepaymentSettlementRules.Candidates(Facts(final), earlier.Select(i => new SettlementInvoice(
            i.Id, i.Number, i.IssueDate, i.TypeCode, i.VendorId, i.ContractId, i.Gross, i.Prepaid, i.Status == ReceivedInvoiceStatus.Booked, i.SettledBy,
            i.Replaced)));
    }

    /// <summary>The final invoice as the rules see it; whether it is settled itself does not matter to them.</summary>
    private static SettlementInvoice Facts(ReceivedInvoice invoice) => new(invoice.Id, invoice.Number, invoice.IssueDate,
        invoice.TypeCode, invoice.VendorId, invoice.ContractId, invoice.Gross, invoice.Prepaid, invoice.Status == ReceivedInvoiceStatus.Booked, null);
}
