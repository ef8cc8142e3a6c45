using ItInventory.Core.Domain;
using ItInventory.Core.Invoices;
using ItInventory.Web.Data;
using Microsoft.EntityFrameworkCore;
using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Web.Features.Invoices;

/// <summary>
/// An invoice number alone identifies nothing (the KoSIT suite has several invoices numbered "Rechnungsnummer").
/// The same file, or the same seller, number, issue date and gross, is a duplicate and refused naming the earlier one;
/// the same seller and number with other content is taken but flagged for review. A cancelled invoice may come again.
/// </summary>
internal sealed class InvoiceDuplicates(InventoryDbContext db)
{
    /// <summary>
    /// The refusal of a duplicate, else the flag for the same number with other content; one query for the same file and
    /// one for the same number (an import of thousands of files pays every round trip per file).
    /// </summary>
    public async Task<(string? Refusal, string? Flag)> CheckAsync(string sha256, EInvoice invoice, CancellationToken cancellationToken)
    {
        var sameFile = await Live().Where(i => i.Sha256 == sha256).FirstOrDefaultAsync(cancellationToken);
        if (sameFile is not null) return ($"Diese Datei wurde bereits eingelesen: {Describe(sameFile)}. Nichts wurde geändert.", null);
        var sameNumber = await SameNumberAsync(invoice, cancellationToken);
        var same = sameNumber.FirstOrDefault(i => i.IssueDate == invoice.IssueDate && i.Gross == invoice.Totals.Gross);
        if (same is not null)
            return ($"Doppelte Rechnung: {Describe(same)} hat denselben Verkäufer, dieselbe Nummer, dasselbe Datum und denselben Betrag. Nichts wurde geändert.", null);
        var earlier = sameNumber.FirstOrDefault();
        return (null, earlier is null ? null : $"Achtung: die Nummer {invoice.Number} trägt schon {Describe(earlier)}, mit anderem Inhalt; bitte prüfen.");
    }

    private IQueryable<ReceivedInvoice> Live() =>
        db.ReceivedInvoices.AsNoTracking().Where(i => i.Status != ReceivedInvoiceStatus.Cancelled);

    private async Task<List<ReceivedInvoice>> SameNumberAsync(EInvoice invoice, CancellationToken cancellationToken)
    {
        var sameNumber = await Live().Where(i => i.Number == invoice.Number)
            .Select(i => new ReceivedInvoice
            {
                Id = i.Id, Number = i.Number, IssueDate = i.IssueDate, Gross = i.Gross, SellerName = i.SellerName,
                SellerVatId = i.SellerVatId, FileName = i.FileName, ReceivedAtUtc = i.ReceivedAtUtc,
            })
            .ToListAsync(cancellationToken);
        return sameNumber.Where(i => SameSeller(i, invoice.Seller)).OrderBy(i => i.Id).ToList();
    }

    /// <summary>The same seller: by VAT id when both have one, else by name.</summary>
    public static bool SameSeller(ReceivedInvoice stored, InvoiceSeller seller) =>
        stored.SellerVatId is not null && seller.VatId is not null
            ? InvoiceMatching.SameVatId(stored.SellerVatId, seller.VatId)
            : string.Equals(stored.SellerName, seller.Name, StringComparison.OrdinalIgnoreCase);

    private static string Describe(ReceivedInvoice earlier) =>
        $"Rechnung {earlier.Number} vom {Date(earlier.IssueDate)} über {EuroCents(earlier.Gross)} " +
        $"(Datei {Quoted(earlier.FileName)}, eingelesen am {Date(DateOnly.FromDateTime(earlier.ReceivedAtUtc))}, Nr. {earlier.Id})";
}
