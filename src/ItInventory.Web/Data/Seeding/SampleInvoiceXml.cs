using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace ItInventory.Web.Data.Seeding;

/// <summary>One line of a generated invoice: its text, a whole quantity and its net amount.</summary>
public sealed record SampleInvoiceLine(string Name, int Quantity, decimal Net);

/// <summary>The content of a generated (fictional) XRechnung invoice.</summary>
public sealed record SampleInvoice(
    string Number, DateOnly IssueDate, string SellerName, string? SellerVatId, string? LeitwegId, string? ContractNumber,
    DateOnly PeriodStart, DateOnly PeriodEnd, IReadOnlyList<SampleInvoiceLine> Lines, decimal VatPercent = 19m,
    int TypeCode = 380, decimal Prepaid = 0m);

/// <summary>
/// Writes a fictional XRechnung in UBL 2.1 syntax (type 380 unless told, EUR; a final invoice names its prepaid amount, BT-113), with totals that add up, for the
/// sample city's inbox and for tests. It goes through the same intake as any received file: nothing here books.
/// </summary>
public static class SampleInvoiceXml
{
    private static readonly XNamespace Ubl = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    private static readonly XNamespace Cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    private static readonly XNamespace Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

    public static byte[] Write(SampleInvoice invoice)
    {
        var net = invoice.Lines.Sum(l => l.Net);
        var vat = Math.Round(net * invoice.VatPercent / 100m, 2, MidpointRounding.AwayFromZero);
        var gross = net + vat;
        var root = new XElement(Ubl + "Invoice",
            new XAttribute(XNamespace.Xmlns + "cac", Cac), new XAttribute(XNamespace.Xmlns + "cbc", Cbc),
            new XElement(Cbc + "CustomizationID", "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0"),
            new XElement(Cbc + "ID", invoice.Number),
            new XElement(Cbc + "IssueDate", Iso(invoice.IssueDate)),
            new XElement(Cbc + "InvoiceTypeCode", invoice.TypeCode.ToString(CultureInfo.InvariantCulture)),
            new XElement(Cbc + "DocumentCurrencyCode", "EUR"),
            invoice.LeitwegId is null ? null : new XElement(Cbc + "BuyerReference", invoice.LeitwegId),
            Period(invoice.PeriodStart, invoice.PeriodEnd),
            invoice.ContractNumber is null ? null : new XElement(Cac + "ContractDocumentReference", new XElement(Cbc + "ID", invoice.ContractNumber)),
            new XElement(Cac + "AccountingSupplierParty", new XElement(Cac + "Party",
                new XElement(Cac + "PartyName", new XElement(Cbc + "Name", invoice.SellerName)),
                invoice.SellerVatId is null ? null : new XElement(Cac + "PartyTaxScheme",
                    new XElement(Cbc + "CompanyID", invoice.SellerVatId),
                    new XElement(Cac + "TaxScheme", new XElement(Cbc + "ID", "VAT"))),
                new XElement(Cac + "PartyLegalEntity", new XElement(Cbc + "RegistrationName", invoice.SellerName)))),
            new XElement(Cac + "TaxTotal", Amount("TaxAmount", vat)),
            new XElement(Cac + "LegalMonetaryTotal",
                Amount("LineExtensionAmount", net), Amount("TaxExclusiveAmount", net), Amount("TaxInclusiveAmount", gross),
                invoice.Prepaid == 0m ? null : Amount("PrepaidAmount", invoice.Prepaid),
                Amount("PayableAmount", gross - invoice.Prepaid)),
            invoice.Lines.Select((line, i) => new XElement(Cac + "InvoiceLine",
                new XElement(Cbc + "ID", (i + 1).ToString(CultureInfo.InvariantCulture)),
                new XElement(Cbc + "InvoicedQuantity", new XAttribute("unitCode", "C62"), line.Quantity),
                Amount("LineExtensionAmount", line.Net),
                new XElement(Cac + "Item", new XElement(Cbc + "Name", line.Name)))));
        return Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + root);
    }

    private static XElement Period(DateOnly start, DateOnly end) =>
        new(Cac + "InvoicePeriod", new XElement(Cbc + "StartDate", Iso(start)), new XElement(Cbc + "EndDate", Iso(end)));

    private static XElement Amount(string name, decimal amount) =>
        new(Cbc + name, new XAttribute("currencyID", "EUR"), amount.ToString("0.00", CultureInfo.InvariantCulture));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
