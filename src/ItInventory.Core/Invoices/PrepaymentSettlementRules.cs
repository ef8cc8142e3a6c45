using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Core.Invoices;

/// <summary>What the settlement rules need to know of a stored invoice (a final one or a possible prepayment).</summary>
/// <param name="ReplacedIssueDate">
/// For a correction (384): the issue date of the invoice it replaced. A corrected prepayment stands in for the original,
/// so it may be settled by a final invoice issued between the two (the correction of a prepayment arriving after the
/// final invoice was confirmed undoes that confirmation, and must be selectable when confirming anew).
/// </param>
public sealed record SettlementInvoice(
    int Id, string Number, DateOnly IssueDate, int TypeCode, int? VendorId, int? ContractId, decimal Gross, decimal Prepaid,
    bool Booked, int? SettledByInvoiceId, DateOnly? ReplacedIssueDate = null)
{
    /// <summary>When it counts as issued for the settlement: a correction as early as the invoice it replaced.</summary>
    public DateOnly StandsAsIssued => ReplacedIssueDate is { } replaced && replaced < IssueDate ? replaced : IssueDate;
}

/// <summary>An invoice the final invoice may settle, with why it is one; <see cref="Likely"/> ones are pre-selected.</summary>
public sealed record PrepaymentCandidate(SettlementInvoice Invoice, bool Likely, IReadOnlyList<string> Reasons);

/// <summary>The confirmed prepayments' sum against BT-113: a mismatch is allowed (the user decides) but always shown.</summary>
public sealed record SettlementCheck(decimal Prepaid, decimal Confirmed, bool Matches, string Message);

/// <summary>
/// A final invoice with prepaid amounts (BT-113) settles earlier invoices of the same vendor: the Abschlagsrechnungen
/// (875, 876, 326) or any earlier invoice under the same contract. Which ones it settles only the user can confirm; these
/// rules say which invoices may be meant and whether the confirmed sum fits BT-113.
/// </summary>
public static class PrepaymentSettlementRules
{
    /// <summary>The types that are prepayment or partial invoices by their nature (UNTDID 1001).</summary>
    public static readonly IReadOnlySet<int> PrepaymentTypes = new HashSet<int>
    {
        InvoiceTypeCodes.PartialInvoice, InvoiceTypeCodes.PartialConstructionInvoice, InvoiceTypeCodes.PartialFinalConstructionInvoice,
    };

    public static bool AwaitsConfirmation(SettlementInvoice invoice, bool confirmed) =>
        invoice.Booked && invoice.Prepaid > 0m && !confirmed;

    /// <summary>
    /// The candidates for <paramref name="final"/>: booked, same vendor, same contract where both know theirs, issued
    /// before it (a correction: its replaced invoice), positive, and not settled by another final invoice. Likely ones first, then by issue date.
    /// </summary>
    public static IReadOnlyList<PrepaymentCandidate> Candidates(SettlementInvoice final, IEnumerable<SettlementInvoice> invoices)
    {
        if (final.VendorId is null || final.Prepaid <= 0m) return [];
        return invoices
            .Where(i => i.Id != final.Id && i.Booked && i.VendorId == final.VendorId && i.StandsAsIssued < final.IssueDate
                        && i.Gross > 0m && (i.SettledByInvoiceId is null || i.SettledByInvoiceId == final.Id)
                        && !(i.ContractId is not null && final.ContractId is not null && i.ContractId != final.ContractId))
            .Select(i => Candidate(final, i))
            .OrderByDescending(c => c.Likely).ThenBy(c => c.Invoice.IssueDate).ThenBy(c => c.Invoice.Id)
            .ToList();
    }

    private static PrepaymentCandidate Candidate(SettlementInvoice final, SettlementInvoice invoice)
    {
        var byType = PrepaymentTypes.Contains(invoice.TypeCode);
        var sameContract = invoice.ContractId is not null && invoice.ContractId == final.ContractId;
        var reasons = new List<string>
        {
            byType
                ? $"{InvoiceTypeCodes.Label(invoice.TypeCode)} (BT-3 = {invoice.TypeCode})"
                : $"{InvoiceTypeCodes.Label(invoice.TypeCode)} (BT-3 = {invoice.TypeCode}), keine Abschlagsrechnung der Art nach",
            "derselbe Lieferant",
            sameContract ? "derselbe Vertrag" : "Vertrag nicht bekannt",
            invoice.IssueDate < final.IssueDate
                ? $"ausgestellt am {Date(invoice.IssueDate)}, vor der Schlussrechnung vom {Date(final.IssueDate)}"
                : $"ausgestellt am {Date(invoice.IssueDate)} als Korrektur einer Rechnung vom {Date(invoice.StandsAsIssued)}, vor der Schlussrechnung vom {Date(final.IssueDate)}",
        };
        if (invoice.SettledByInvoiceId == final.Id) reasons.Add("bereits mit dieser Schlussrechnung verrechnet");
        return new PrepaymentCandidate(invoice, byType && (sameContract || final.ContractId is null), reasons);
    }

    /// <summary>
    /// Why the chosen ids cannot be settled by <paramref name="final"/>, or null when they can: each must be one of its
    /// candidates (another tenant's id, an unrelated or already settled invoice is refused), and none twice.
    /// </summary>
    public static string? Refusal(SettlementInvoice final, IReadOnlyCollection<int> chosenIds, IReadOnlyList<PrepaymentCandidate> candidates)
    {
        if (!final.Booked) return "Nur eine gebuchte Rechnung kann Abschlagsrechnungen verrechnen.";
        if (final.Prepaid <= 0m) return "Die Rechnung nennt keine Vorauszahlungen (BT-113); sie verrechnet keine Abschlagsrechnungen.";
        if (chosenIds.Count == 0) return "Bitte wählen Sie mindestens eine Abschlagsrechnung.";
        if (chosenIds.Distinct().Count() != chosenIds.Count) return "Eine Abschlagsrechnung ist mehrfach gewählt.";
        var allowed = candidates.Select(c => c.Invoice.Id).ToHashSet();
        var foreign = chosenIds.Where(id => !allowed.Contains(id)).ToList();
        return foreign.Count == 0
            ? null
            : $"Keine mögliche Abschlagsrechnung dieser Schlussrechnung (anderer Lieferant oder Vertrag, später ausgestellt, nicht gebucht oder schon verrechnet): Nr. {string.Join(", ", foreign)}.";
    }

    /// <summary>The confirmed prepayments' gross against BT-113, within the same rounding as the sum checks.</summary>
    public static SettlementCheck Check(decimal prepaid, IEnumerable<decimal> confirmedGross)
    {
        var confirmed = confirmedGross.Sum();
        var difference = confirmed - prepaid;
        var matches = Math.Abs(difference) <= InvoiceSumChecks.Tolerance;
        return new SettlementCheck(prepaid, confirmed, matches, matches
            ? $"Die bestätigten Abschlagsrechnungen ({EuroCents(confirmed)}) entsprechen den Vorauszahlungen laut BT-113 ({EuroCents(prepaid)})."
            : $"Abweichung: die bestätigten Abschlagsrechnungen ergeben {EuroCents(confirmed)}, die Schlussrechnung nennt als Vorauszahlungen (BT-113) {EuroCents(prepaid)} (Differenz {EuroCents(difference)}).");
    }
}
