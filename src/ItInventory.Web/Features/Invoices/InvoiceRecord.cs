using ItInventory.Core.Domain;
using ItInventory.Core.Invoices;
using static ItInventory.Web.Features.Invoices.InvoiceLedger;

namespace ItInventory.Web.Features.Invoices;

/// <summary>The stored form of a received invoice: the original bytes and the header as read.</summary>
internal static class InvoiceRecord
{
    public static ReceivedInvoice From(string fileName, byte[] content, string sha256, EInvoice invoice, InvoiceMatch match,
        DateTime receivedAtUtc, int retentionYears) => new()
    {
        FileName = Clip(Path.GetFileName(fileName), 255) is { Length: > 0 } name ? name : "rechnung.xml",
        Content = content,
        Sha256 = sha256,
        ReceivedAtUtc = receivedAtUtc,
        RetainUntil = new DateOnly(invoice.IssueDate.Year + retentionYears, 12, 31),
        Syntax = invoice.Syntax,
        Number = Clip(invoice.Number, 200)!,
        IssueDate = invoice.IssueDate,
        TypeCode = invoice.TypeCode,
        SellerName = Clip(invoice.Seller.Name, 500)!,
        SellerVatId = Clip(invoice.Seller.VatId, 100),
        SellerAddress = Clip(invoice.Seller.ElectronicAddress, 500),
        BuyerReference = Clip(invoice.BuyerReference, 200),
        ContractReference = Clip(invoice.ContractReference, 200),
        OrderReference = Clip(invoice.OrderReference, 200),
        PrecedingNumber = Clip(invoice.Preceding?.Number, 200),
        PeriodStart = invoice.Period?.Start,
        PeriodEnd = invoice.Period?.End,
        Net = invoice.Totals.Net,
        Vat = invoice.Totals.Vat,
        Gross = invoice.Totals.Gross,
        Prepaid = invoice.Totals.Prepaid,
        Payable = invoice.Totals.Payable,
        PaymentYear = InvoiceBooking.PaymentYear(invoice),
        Status = ReceivedInvoiceStatus.ToReview,
        VendorId = match.VendorId,
        ContractId = match.ContractId,
        DepartmentId = match.DepartmentId,
        MatchReasons = Clip(string.Join("\n", match.Reasons.Concat(match.Lines.Select((l, i) => $"Position {i + 1}: {l.Reason}"))), 4000)!,
    };
}
