using ItInventory.Core.Invoices;

namespace ItInventory.Web.Features.Invoices;

/// <summary>Reads an invoice file as received: XML (UBL or CII).</summary>
public static class InvoiceDocument
{
    public static EInvoiceReading Read(byte[] content, long maxBytes) => EInvoiceReader.Read(content, maxBytes);
}
