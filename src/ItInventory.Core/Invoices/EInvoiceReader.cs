using System.Xml;
using System.Xml.Linq;
using static ItInventory.Core.Formatting.Formats;
using static ItInventory.Core.Invoices.InvoiceNamespaces;

namespace ItInventory.Core.Invoices;

/// <summary>
/// Reads an XRechnung (UBL 2.1 Invoice or CreditNote, or UN/CEFACT CII) from its bytes. Safe against hostile files:
/// a DOCTYPE is refused (no DTD, no external entities: no XXE), the size is bounded, and nothing is resolved.
/// Every refusal is a German message; the checks of content (type, currency, sums) follow the reading.
/// </summary>
public static class EInvoiceReader
{
    public const long DefaultMaxBytes = 10 * 1024 * 1024;
    public const string AcceptedCurrency = "EUR";

    public static EInvoiceReading Read(byte[] content, long maxBytes = DefaultMaxBytes)
    {
        if (content.Length == 0) return EInvoiceReading.Refused("Die Datei ist leer.");
        if (content.Length > maxBytes)
            return EInvoiceReading.Refused(
                $"Die Datei ist zu groß ({Megabytes(content.Length)}); erlaubt sind höchstens {Megabytes(maxBytes)}.");
        try
        {
            var invoice = Signed(Checked(Parse(Load(content, maxBytes))));
            return EInvoiceReading.Read(invoice);
        }
        catch (InvoiceFormatException problem)
        {
            return EInvoiceReading.Refused(problem.Message);
        }
    }

    private static XElement Load(byte[] content, long maxBytes)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            MaxCharactersInDocument = maxBytes,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var reader = XmlReader.Create(stream, settings);
            return XDocument.Load(reader).Root
                ?? throw new InvoiceFormatException("Die Datei enthält kein XML-Element.");
        }
        catch (XmlException error) when (HasDoctype(content))
        {
            _ = error;
            throw new InvoiceFormatException(
                "Die Datei enthält eine DOCTYPE-Deklaration. Rechnungen mit DTD oder externen Entitäten werden " +
                "aus Sicherheitsgründen abgelehnt (XXE).");
        }
        catch (XmlException error)
        {
            throw new InvoiceFormatException(
                $"Die Datei ist kein gültiges XML (Zeile {error.LineNumber}, Spalte {error.LinePosition}).");
        }
    }

    private static bool HasDoctype(byte[] content) => content.AsSpan().IndexOf("<!DOCTYPE"u8) >= 0;

    private static EInvoice Parse(XElement root)
    {
        var node = InvoiceNode.Root(root);
        if (root.Name == UblInvoice + "Invoice") return UblInvoiceReader.Read(node, creditNote: false);
        if (root.Name == UblCreditNote + "CreditNote") return UblInvoiceReader.Read(node, creditNote: true);
        if (root.Name == Rsm + "CrossIndustryInvoice") return CiiInvoiceReader.Read(node);
        var expected = root.Name.LocalName switch
        {
            "Invoice" => UblInvoice,
            "CreditNote" => UblCreditNote,
            "CrossIndustryInvoice" => Rsm,
            _ => null,
        };
        throw new InvoiceFormatException(expected is null
            ? $"Die Datei ist XML, aber keine E-Rechnung: das Wurzelelement ist {Quoted(root.Name.LocalName)}; " +
              "erwartet wird UBL Invoice oder CreditNote oder UN/CEFACT CrossIndustryInvoice."
            : $"Falscher Namensraum für {Quoted(root.Name.LocalName)}: {Quoted(root.Name.NamespaceName)}, " +
              $"erwartet wird {Quoted(expected.NamespaceName)}.");
    }

    private static EInvoice Checked(EInvoice invoice)
    {
        if (!string.Equals(invoice.Currency, AcceptedCurrency, StringComparison.Ordinal))
            throw new InvoiceFormatException(
                $"BT-5 (Währung): {Quoted(invoice.Currency)} wird nicht angenommen; Rechnungen müssen in EUR " +
                "ausgestellt sein (eine Umrechnung braucht einen angegebenen Kurs).");
        return InvoiceSumChecks.Problem(invoice) is { } problem ? throw new InvoiceFormatException(problem) : invoice;
    }

    /// <summary>A credit note reduces costs: its amounts, positive in the XML, are negative in the model.</summary>
    private static EInvoice Signed(EInvoice invoice) => !invoice.IsCreditNote
        ? invoice
        : invoice with
        {
            Totals = invoice.Totals.Negated(),
            Lines = invoice.Lines.Select(line => line with { NetAmount = -line.NetAmount }).ToList(),
        };

    private static string Megabytes(long bytes) => bytes < 1024 * 1024
        ? $"{Number(bytes / 1024m, 1)} KB"
        : $"{Number(bytes / 1024m / 1024m, 1)} MB";
}
