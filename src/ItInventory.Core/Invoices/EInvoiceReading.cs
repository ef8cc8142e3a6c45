namespace ItInventory.Core.Invoices;

/// <summary>The outcome of reading one file: the invoice, or a German message saying why it cannot be taken.</summary>
public sealed record EInvoiceReading(EInvoice? Invoice, string? Problem)
{
    public bool Succeeded => Invoice is not null;

    public static EInvoiceReading Read(EInvoice invoice) => new(invoice, null);
    public static EInvoiceReading Refused(string problem) => new(null, problem);
}
