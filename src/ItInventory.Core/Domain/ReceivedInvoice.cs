using ItInventory.Core.Domain.Tenants;
using ItInventory.Core.Invoices;

namespace ItInventory.Core.Domain;

/// <summary>Where a received invoice stands: booked, waiting for review, cancelled, or replaced by a correction.</summary>
public enum ReceivedInvoiceStatus { ToReview, Booked, Cancelled, Replaced }

/// <summary>
/// An e-invoice as received ("Rechnungseingang"): the original file unchanged with its SHA-256 (kept for the retention
/// period, never edited), the header as read, the match with why, and its status. Its cost lines point back to it.
/// </summary>
public class ReceivedInvoice : Entity, ITenantOwned
{
    public int TenantId { get; set; }

    public string FileName { get; set; } = "";
    public byte[] Content { get; set; } = [];
    /// <summary>Lower-case hex SHA-256 of <see cref="Content"/>; the same file twice is refused by it.</summary>
    public string Sha256 { get; set; } = "";
    public DateTime ReceivedAtUtc { get; set; }
    public DateOnly RetainUntil { get; set; }

    public InvoiceSyntax Syntax { get; set; }
    public string Number { get; set; } = "";
    public DateOnly IssueDate { get; set; }
    public int TypeCode { get; set; }
    public string SellerName { get; set; } = "";
    public string? SellerVatId { get; set; }
    public string? SellerAddress { get; set; }
    public string? BuyerReference { get; set; }
    public string? ContractReference { get; set; }
    public string? OrderReference { get; set; }
    public string? PrecedingNumber { get; set; }
    public DateOnly? PeriodStart { get; set; }
    public DateOnly? PeriodEnd { get; set; }
    public decimal Net { get; set; }
    public decimal Vat { get; set; }
    public decimal Gross { get; set; }
    public decimal Prepaid { get; set; }
    public decimal Payable { get; set; }
    /// <summary>The payment view (Finanzrechnung): the year the invoice is paid in, beside the accrual split.</summary>
    public int PaymentYear { get; set; }

    public ReceivedInvoiceStatus Status { get; set; }
    public int? VendorId { get; set; }
    public Vendor? Vendor { get; set; }
    public int? ContractId { get; set; }
    public int? DepartmentId { get; set; }
    /// <summary>Why each part was matched (or not), one reason a line.</summary>
    public string MatchReasons { get; set; } = "";
    /// <summary>A warning that needs a look, e.g. the same number with other content as an earlier invoice.</summary>
    public string? Flag { get; set; }
    public int? ReplacedById { get; set; }
}

/// <summary>
/// A rule the user confirmed while assigning an invoice: lines of this vendor whose text contains
/// <see cref="LineText"/> are this cost type (and product). The next invoice is matched by it.
/// </summary>
public class InvoiceAssignmentRule : Entity, ITenantOwned
{
    public int TenantId { get; set; }
    public int VendorId { get; set; }
    public string LineText { get; set; } = "";
    public CostType CostType { get; set; }
    public int? ProductId { get; set; }
}
