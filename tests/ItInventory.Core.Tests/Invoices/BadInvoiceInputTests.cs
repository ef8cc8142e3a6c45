using System.Text;
using ItInventory.Core.Invoices;

namespace ItInventory.Core.Tests.Invoices;

/// <summary>Every kind of bad file is refused with a German message that says what and where.</summary>
public class BadInvoiceInputTests
{
    private const string Ubl = "01.01a-INVOICE_ubl.xml";
    private const string Cii = "01.01a-INVOICE_uncefact.xml";

    private static string? ProblemOf(string xml) => EInvoiceReader.Read(Encoding.UTF8.GetBytes(xml)).Problem;

    private static string Edited(string file, string from, string to)
    {
        var text = InvoiceFixtures.Text(file);
        Assert.Contains(from, text);
        return text.Replace(from, to);
    }

    public static TheoryData<string, string, string> Cases() => new()
    {
        { "not XML", "Rechnung als Text, kein XML", "Die Datei ist kein gültiges XML (Zeile 1, Spalte 1)." },
        { "other XML", "<Bestellung xmlns=\"urn:example\"><Nr>1</Nr></Bestellung>",
            "Die Datei ist XML, aber keine E-Rechnung: das Wurzelelement ist „Bestellung“; erwartet wird UBL Invoice oder CreditNote oder UN/CEFACT CrossIndustryInvoice." },
        { "wrong namespace", Edited(Ubl, "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", "urn:example:Invoice"),
            "Falscher Namensraum für „Invoice“: „urn:example:Invoice“, erwartet wird „urn:oasis:names:specification:ubl:schema:xsd:Invoice-2“." },
        { "UBL without BT-1", Edited(Ubl, "<cbc:ID>123456XX</cbc:ID>", ""),
            "Pflichtangabe fehlt: BT-1 (Rechnungsnummer) unter /ubl:Invoice/cbc:ID." },
        { "CII without BT-27", Edited(Cii, "<ram:Name>[Seller name]</ram:Name>", ""),
            "Pflichtangabe fehlt: BT-27 (Name des Verkäufers) unter /rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:Name." },
        { "line without BT-131", Edited(Ubl, "<cbc:LineExtensionAmount currencyID=\"EUR\">26.07</cbc:LineExtensionAmount>", ""),
            "Pflichtangabe fehlt: BT-131 (Nettobetrag der Position) unter /ubl:Invoice/cac:InvoiceLine[2]/cbc:LineExtensionAmount." },
        { "amount not a number", Edited(Ubl, "<cbc:PayableAmount currencyID=\"EUR\">336.9<", "<cbc:PayableAmount currencyID=\"EUR\">336,9<"),
            "BT-115 (Zahlbetrag): „336,9“ ist keine Zahl (/ubl:Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount)." },
        { "date not a date", Edited(Cii, "20160404", "2016-04-04"),
            "BT-2 (Rechnungsdatum): „2016-04-04“ ist kein Datum im Format yyyyMMdd (/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString)." },
        { "type not allowed", Edited(Ubl, "<cbc:InvoiceTypeCode>380<", "<cbc:InvoiceTypeCode>999<"),
            "BT-3 (Rechnungsart): „999“ ist keine Rechnungsart, die XRechnung zulässt (326, 380, 381, 384, 389, 875, 876, 877) (/ubl:Invoice/cbc:InvoiceTypeCode)." },
        { "lines do not add up to net", Edited(Ubl, "<cbc:LineExtensionAmount currencyID=\"EUR\">26.07<", "<cbc:LineExtensionAmount currencyID=\"EUR\">26.09<"),
            "Die Beträge gehen nicht auf: ΣBT-131 (314,88 €) − BT-107 (0,00 €) + BT-108 (0,00 €) = 314,88 €, aber BT-109 (Nettobetrag) ist 314,86 €." },
        { "net and VAT do not add up to gross", Edited(Cii, "<ram:GrandTotalAmount>336.9<", "<ram:GrandTotalAmount>346.9<"),
            "Die Beträge gehen nicht auf: BT-109 (314,86 €) + BT-110 (22,04 €) = 336,90 €, aber BT-112 (Bruttobetrag) ist 346,90 €." },
        { "gross and prepaid do not add up to payable", Edited(Ubl, "<cbc:PayableAmount currencyID=\"EUR\">336.9<", "<cbc:PayableAmount currencyID=\"EUR\">300<"),
            "Die Beträge gehen nicht auf: BT-112 (336,90 €) − BT-113 (0,00 €) + BT-114 (0,00 €) = 336,90 €, aber BT-115 (Zahlbetrag) ist 300,00 €." },
        { "currency not EUR", Edited(Cii, "<ram:InvoiceCurrencyCode>EUR<", "<ram:InvoiceCurrencyCode>USD<"),
            "BT-5 (Währung): „USD“ wird nicht angenommen; Rechnungen müssen in EUR ausgestellt sein (eine Umrechnung braucht einen angegebenen Kurs)." },
        { "DOCTYPE with external entity", Edited(Ubl, "<ubl:Invoice ", "<!DOCTYPE ubl:Invoice [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<ubl:Invoice ").Replace("[Seller name]", "&xxe;"),
            "Die Datei enthält eine DOCTYPE-Deklaration. Rechnungen mit DTD oder externen Entitäten werden aus Sicherheitsgründen abgelehnt (XXE)." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_bad_file_is_refused_with_a_German_message(string what, string xml, string expected)
    {
        _ = what;
        Assert.Equal(expected, ProblemOf(xml));
    }

    [Fact]
    public void An_empty_or_oversize_file_is_refused_before_it_is_read()
    {
        Assert.Equal("Die Datei ist leer.", EInvoiceReader.Read([]).Problem);
        var invoice = InvoiceFixtures.Bytes(Ubl);
        Assert.Equal("Die Datei ist zu groß (6,6 KB); erlaubt sind höchstens 1,0 KB.",
            EInvoiceReader.Read(invoice, maxBytes: 1024).Problem);
        Assert.False(EInvoiceReader.Read(invoice, maxBytes: invoice.Length - 1).Succeeded);
        Assert.True(EInvoiceReader.Read(invoice, maxBytes: invoice.Length).Succeeded);
    }

    [Fact]
    public void A_billion_laughs_entity_expansion_is_refused_as_a_DOCTYPE()
    {
        const string bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">" +
                            "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><lolz>&lol2;</lolz>";
        Assert.StartsWith("Die Datei enthält eine DOCTYPE-Deklaration.", ProblemOf(bomb));
    }

    [Fact]
    public void A_UBL_credit_note_and_a_CII_invoice_of_type_381_are_read_with_negative_amounts()
    {
        var ublCreditNote = InvoiceFixtures.Text(Ubl)
            .Replace("ubl:Invoice", "ubl:CreditNote")
            .Replace("urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2")
            .Replace("<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>", "<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>")
            .Replace("cac:InvoiceLine", "cac:CreditNoteLine")
            .Replace("cbc:InvoicedQuantity", "cbc:CreditedQuantity");
        var ciiCreditNote = Edited(Cii, "<ram:TypeCode>380</ram:TypeCode>", "<ram:TypeCode>381</ram:TypeCode>");

        foreach (var xml in new[] { ublCreditNote, ciiCreditNote })
        {
            var creditNote = InvoiceFixtures.InvoiceFromText(xml);
            Assert.True(creditNote.IsCreditNote);
            Assert.Equal(-314.86m, creditNote.Totals.Net);
            Assert.Equal(-22.04m, creditNote.Totals.Vat);
            Assert.Equal(-336.9m, creditNote.Totals.Gross);
            Assert.Equal(-336.9m, creditNote.Totals.Payable);
            Assert.Equal([-288.79m, -26.07m], creditNote.Lines.Select(l => l.NetAmount));
            Assert.Equal([1m, 1m], creditNote.Lines.Select(l => l.Quantity));
        }
    }
}
