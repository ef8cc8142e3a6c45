using ItInventory.Core.Invoices;
using UglyToad.PdfPig;

namespace ItInventory.Web.Features.Invoices;

/// <summary>
/// Reads an invoice file as received: XML (UBL or CII), or a ZUGFeRD/Factur-X PDF (PDF/A-3) whose embedded CII XML is
/// taken out and read the same way. The PDF itself stays the stored original.
/// </summary>
public static class InvoiceDocument
{
    /// <summary>The names the ZUGFeRD 1/2, Factur-X and XRechnung profiles give the embedded XML.</summary>
    private static readonly string[] EmbeddedNames = ["factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml", "ZUGFeRD-invoice.xml"];

    public static EInvoiceReading Read(byte[] content, long maxBytes) =>
        content.AsSpan().StartsWith("%PDF"u8) ? ReadPdf(content, maxBytes) : EInvoiceReader.Read(content, maxBytes);

    private static EInvoiceReading ReadPdf(byte[] content, long maxBytes)
    {
        if (content.Length > maxBytes) return EInvoiceReader.Read(content, maxBytes);
        byte[]? xml;
        try
        {
            using var pdf = PdfDocument.Open(content);
            if (!pdf.Advanced.TryGetEmbeddedFiles(out var files) || files.Count == 0)
                return EInvoiceReading.Refused("Die PDF-Datei enthält keine eingebettete E-Rechnung (ZUGFeRD/Factur-X): eine reine PDF-Rechnung kann nicht gebucht werden.");
            var invoice = files.FirstOrDefault(f => EmbeddedNames.Contains(f.Name, StringComparer.OrdinalIgnoreCase))
                          ?? files.FirstOrDefault(f => f.Name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase));
            xml = invoice?.Memory.ToArray();
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            return EInvoiceReading.Refused("Die PDF-Datei ist beschädigt und kann nicht gelesen werden.");
        }
        return xml is null
            ? EInvoiceReading.Refused("Die PDF-Datei enthält Anhänge, aber keine XML-Rechnung (factur-x.xml oder zugferd-invoice.xml).")
            : EInvoiceReader.Read(xml, maxBytes);
    }
}
