using System.Xml.Linq;

namespace ItInventory.Core.Invoices;

/// <summary>The element names of BG-22's amounts in one syntax.</summary>
internal sealed record TotalNames(
    XName LineTotal, XName Allowances, XName Charges, XName Net, XName Gross, XName Prepaid, XName Rounding,
    XName Payable);

/// <summary>Reads BG-22 the same way in both syntaxes; only the element names differ.</summary>
internal static class InvoiceTotalsReader
{
    public static InvoiceTotals Read(InvoiceNode sums, TotalNames names, InvoiceNode? vat) => new(
        sums.RequiredAmount("BT-106", "Summe der Nettobeträge der Positionen", names.LineTotal),
        sums.Amount("BT-107", "Summe der Nachlässe", names.Allowances) ?? 0m,
        sums.Amount("BT-108", "Summe der Zuschläge", names.Charges) ?? 0m,
        sums.RequiredAmount("BT-109", "Nettobetrag", names.Net),
        vat?.Amount("BT-110", "Umsatzsteuer") ?? 0m,
        sums.RequiredAmount("BT-112", "Bruttobetrag", names.Gross),
        sums.Amount("BT-113", "Vorausbezahlter Betrag", names.Prepaid) ?? 0m,
        sums.Amount("BT-114", "Rundungsbetrag", names.Rounding) ?? 0m,
        sums.RequiredAmount("BT-115", "Zahlbetrag", names.Payable));
}
