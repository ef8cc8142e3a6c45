using static ItInventory.Core.Invoices.InvoiceNamespaces;

namespace ItInventory.Core.Invoices;

/// <summary>Reads an OASIS UBL 2.1 Invoice or CreditNote into the syntax-free model (amounts as in the XML).</summary>
internal static class UblInvoiceReader
{
    private const string IsoDate = "yyyy-MM-dd";

    private static readonly TotalNames Names = new(Cbc + "LineExtensionAmount", Cbc + "AllowanceTotalAmount",
        Cbc + "ChargeTotalAmount", Cbc + "TaxExclusiveAmount", Cbc + "TaxInclusiveAmount", Cbc + "PrepaidAmount",
        Cbc + "PayableRoundingAmount", Cbc + "PayableAmount");

    public static EInvoice Read(InvoiceNode root, bool creditNote)
    {
        var currency = root.RequiredText("BT-5", "Währung", Cbc + "DocumentCurrencyCode");
        var typeName = creditNote ? "CreditNoteTypeCode" : "InvoiceTypeCode";
        var lineName = creditNote ? "CreditNoteLine" : "InvoiceLine";
        var quantityName = creditNote ? "CreditedQuantity" : "InvoicedQuantity";
        var party = root.Child(Cac + "AccountingSupplierParty", Cac + "Party")
            ?? throw InvoiceNode.Missing("BG-4", "Verkäufer", root.PathOf(Cac + "AccountingSupplierParty", Cac + "Party"));
        var billing = root.Child(Cac + "BillingReference", Cac + "InvoiceDocumentReference");
        var lines = root.Children(Cac + lineName).Select(line => Line(line, quantityName)).ToList();
        if (lines.Count == 0) throw InvoiceNode.Missing("BG-25", "Rechnungsposition", root.PathOf(Cac + lineName));

        return new EInvoice(
            InvoiceSyntax.Ubl,
            root.RequiredText("BT-1", "Rechnungsnummer", Cbc + "ID"),
            root.RequiredDate("BT-2", "Rechnungsdatum", IsoDate, Cbc + "IssueDate"),
            InvoiceTypes.Parse(root.RequiredText("BT-3", "Rechnungsart", Cbc + typeName), root.PathOf(Cbc + typeName)),
            currency,
            root.Text(Cbc + "BuyerReference"),
            root.Text(Cac + "ContractDocumentReference", Cbc + "ID"),
            root.Text(Cac + "OrderReference", Cbc + "ID"),
            billing is null ? null : new PrecedingInvoice(
                billing.RequiredText("BT-25", "Vorausgegangene Rechnung", Cbc + "ID"),
                billing.Date("BT-26", "Datum der vorausgegangenen Rechnung", IsoDate, Cbc + "IssueDate")),
            Seller(party),
            Period(root, "BT-73", "BT-74"),
            lines,
            Totals(root, currency));
    }

    private static InvoiceSeller Seller(InvoiceNode party)
    {
        var vatId = party.Children(Cac + "PartyTaxScheme")
            .FirstOrDefault(scheme => scheme.Text(Cac + "TaxScheme", Cbc + "ID") == "VAT")
            ?.Text(Cbc + "CompanyID");
        return new InvoiceSeller(
            party.RequiredText("BT-27", "Name des Verkäufers", Cac + "PartyLegalEntity", Cbc + "RegistrationName"),
            vatId,
            party.Text(Cbc + "EndpointID"));
    }

    private static InvoiceLine Line(InvoiceNode line, string quantityName) => new(
        line.RequiredText("BT-126", "Positionsnummer", Cbc + "ID"),
        line.RequiredText("BT-153", "Artikelname", Cac + "Item", Cbc + "Name"),
        line.Amount("BT-129", "Menge", Cbc + quantityName),
        line.Child(Cbc + quantityName)?.Element.Attribute("unitCode")?.Value,
        line.RequiredAmount("BT-131", "Nettobetrag der Position", Cbc + "LineExtensionAmount"),
        Period(line, "BT-134", "BT-135"));

    private static InvoicePeriod? Period(InvoiceNode node, string startBt, string endBt)
    {
        var period = node.Child(Cac + "InvoicePeriod");
        if (period is null) return null;
        return InvoicePeriods.Of(
            period.Date(startBt, "Beginn des Leistungszeitraums", IsoDate, Cbc + "StartDate"),
            period.Date(endBt, "Ende des Leistungszeitraums", IsoDate, Cbc + "EndDate"),
            period.Path);
    }

    private static InvoiceTotals Totals(InvoiceNode root, string currency)
    {
        var sums = root.Child(Cac + "LegalMonetaryTotal")
            ?? throw InvoiceNode.Missing("BG-22", "Gesamtbeträge", root.PathOf(Cac + "LegalMonetaryTotal"));
        // BT-110 is the VAT in the invoice currency; a second TaxTotal may give it in the tax currency (BT-111).
        var vat = root.Children(Cac + "TaxTotal")
            .Select(total => total.Child(Cbc + "TaxAmount"))
            .FirstOrDefault(amount => amount?.Element.Attribute("currencyID")?.Value == currency);
        return InvoiceTotalsReader.Read(sums, Names, vat);
    }
}
