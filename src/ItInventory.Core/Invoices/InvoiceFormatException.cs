namespace ItInventory.Core.Invoices;

/// <summary>An invoice file that cannot be read; the message is German and names the BT number and the XPath.</summary>
public sealed class InvoiceFormatException(string message) : Exception(message);
