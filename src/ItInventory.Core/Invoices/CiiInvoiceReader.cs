using static ItInventory.Core.Formatting.Formats;
using static ItInventory.Core.Invoices.InvoiceNamespaces;

namespace ItInventory.Core.Invoices;

/// <summary>Reads a UN/CEFACT CII D16B CrossIndustryInvoice into the syntax-free model (amounts as in the XML).</summary>
internal static class CiiInvoiceReader
{
    private static readonly TotalNames Names = new(Ram + "LineTotalAmount", Ram + "AllowanceTotalAmount",
        Ram + "ChargeTotalAmount", Ram + "TaxBasisTotalAmount", Ram + "GrandTotalAmount", Ram + "TotalPrepaidAmount",
        Ram + "RoundingAmount", Ram + "DuePayableAmount");

    public static EInvoice Read(InvoiceNode root)
    {
        var document = root.Child(Rsm + "ExchangedDocument")
            ?? throw InvoiceNode.Missing("BT-1", "Rechnungsnummer", root.PathOf(Rsm + "ExchangedDocument"));
        var transaction = Required(root, "BG-25", "Rechnungspositionen", Rsm + "SupplyChainTradeTransaction");
        var agreement = Required(transaction, "BG-4", "Verkäufer", Ram + "ApplicableHeaderTradeAgreement");
        var settlement = Required(transaction, "BT-5", "Währung", Ram + "ApplicableHeaderTradeSettlement");
        var currency = settlement.RequiredText("BT-5", "Währung", Ram + "InvoiceCurrencyCode");
        var preceding = settlement.Child(Ram + "InvoiceReferencedDocument");
        var lines = transaction.Children(Ram + "IncludedSupplyChainTradeLineItem").Select(Line).ToList();
        if (lines.Count == 0)
            throw InvoiceNode.Missing("BG-25", "Rechnungsposition",
                transaction.PathOf(Ram + "IncludedSupplyChainTradeLineItem"));

        return new EInvoice(
            InvoiceSyntax.Cii,
            document.RequiredText("BT-1", "Rechnungsnummer", Ram + "ID"),
            Date(document, "BT-2", "Rechnungsdatum", Ram + "IssueDateTime")
                ?? throw InvoiceNode.Missing("BT-2", "Rechnungsdatum", document.PathOf(Ram + "IssueDateTime")),
            InvoiceTypes.Parse(document.RequiredText("BT-3", "Rechnungsart", Ram + "TypeCode"),
                document.PathOf(Ram + "TypeCode")),
            currency,
            agreement.Text(Ram + "BuyerReference"),
            agreement.Text(Ram + "ContractReferencedDocument", Ram + "IssuerAssignedID"),
            agreement.Text(Ram + "BuyerOrderReferencedDocument", Ram + "IssuerAssignedID"),
            preceding is null ? null : new PrecedingInvoice(
                preceding.RequiredText("BT-25", "Vorausgegangene Rechnung", Ram + "IssuerAssignedID"),
                Date(preceding, "BT-26", "Datum der vorausgegangenen Rechnung", Ram + "FormattedIssueDateTime")),
            Seller(Required(agreement, "BG-4", "Verkäufer", Ram + "SellerTradeParty")),
            Period(settlement, "BT-73", "BT-74"),
            lines,
            Totals(settlement, currency));
    }

    private static InvoiceNode Required(InvoiceNode node, string bt, string label, params System.Xml.Linq.XName[] names) =>
        node.Child(names) ?? throw InvoiceNode.Missing(bt, label, node.PathOf(names));

    private static InvoiceSeller Seller(InvoiceNode party)
    {
        var vatId = party.Children(Ram + "SpecifiedTaxRegistration")
            .FirstOrDefault(registration => registration.Child(Ram + "ID")?.Element.Attribute("schemeID")?.Value == "VA")
            ?.Text(Ram + "ID");
        return new InvoiceSeller(
            party.RequiredText("BT-27", "Name des Verkäufers", Ram + "Name"),
            vatId,
            party.Text(Ram + "URIUniversalCommunication", Ram + "URIID"));
    }

    private static InvoiceLine Line(InvoiceNode line)
    {
        var settlement = Required(line, "BT-131", "Nettobetrag der Position", Ram + "SpecifiedLineTradeSettlement");
        var quantity = line.Child(Ram + "SpecifiedLineTradeDelivery", Ram + "BilledQuantity");
        return new InvoiceLine(
            line.RequiredText("BT-126", "Positionsnummer", Ram + "AssociatedDocumentLineDocument", Ram + "LineID"),
            line.RequiredText("BT-153", "Artikelname", Ram + "SpecifiedTradeProduct", Ram + "Name"),
            line.Amount("BT-129", "Menge", Ram + "SpecifiedLineTradeDelivery", Ram + "BilledQuantity"),
            quantity?.Element.Attribute("unitCode")?.Value,
            settlement.RequiredAmount("BT-131", "Nettobetrag der Position",
                Ram + "SpecifiedTradeSettlementLineMonetarySummation", Ram + "LineTotalAmount"),
            Period(settlement, "BT-134", "BT-135"));
    }

    private static InvoicePeriod? Period(InvoiceNode settlement, string startBt, string endBt)
    {
        var period = settlement.Child(Ram + "BillingSpecifiedPeriod");
        if (period is null) return null;
        return InvoicePeriods.Of(
            Date(period, startBt, "Beginn des Leistungszeitraums", Ram + "StartDateTime"),
            Date(period, endBt, "Ende des Leistungszeitraums", Ram + "EndDateTime"),
            period.Path);
    }

    /// <summary>CII dates are a DateTimeString with format 102 (yyyyMMdd), the only format XRechnung allows.</summary>
    private static DateOnly? Date(InvoiceNode node, string bt, string label, System.Xml.Linq.XName container)
    {
        var holder = node.Child(container);
        if (holder is null) return null;
        var text = holder.Element.Elements().FirstOrDefault(e => e.Name.LocalName == "DateTimeString");
        if (text is null) throw InvoiceNode.Missing(bt, label, holder.PathOf(Udt + "DateTimeString"));
        var format = text.Attribute("format")?.Value;
        if (format is not null && format != "102")
            throw new InvoiceFormatException(
                $"{bt} ({label}): Datumsformat {Quoted(format)} wird nicht unterstützt, erwartet 102 " +
                $"({holder.PathOf(text.Name)}).");
        return new InvoiceNode(text, holder.PathOf(text.Name)).Date(bt, label, "yyyyMMdd");
    }

    private static InvoiceTotals Totals(InvoiceNode settlement, string currency)
    {
        var sums = Required(settlement, "BG-22", "Gesamtbeträge",
            Ram + "SpecifiedTradeSettlementHeaderMonetarySummation");
        // BT-110 is the VAT in the invoice currency; a second TaxTotalAmount may give it in the tax currency (BT-111).
        var vat = sums.Children(Ram + "TaxTotalAmount")
            .FirstOrDefault(amount => (amount.Element.Attribute("currencyID")?.Value ?? currency) == currency);
        return InvoiceTotalsReader.Read(sums, Names, vat);
    }
}
