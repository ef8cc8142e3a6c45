using ItInventory.Core.Domain;

namespace ItInventory.Web.Features.Invoices;

/// <summary>One received invoice in the list of the page "Rechnungseingang".</summary>
public sealed record InvoiceRow(
    int Id, Guid Version, string FileName, string Number, DateOnly IssueDate, int TypeCode, string SellerName,
    string? VendorName, decimal Gross, ReceivedInvoiceStatus Status, string? Flag, string MatchReasons, int PaymentYear)
{
    public string StatusLabel => StatusLabels.Of(Status);

    /// <summary>BT-113: prepayments this invoice names as already paid.</summary>
    public decimal Prepaid { get; init; }

    /// <summary>Which prepayment invoices this final invoice settles, or which final invoice settled this one.</summary>
    public string? SettlementNote { get; init; }

    /// <summary>A booked final invoice whose prepayments nobody confirmed yet: they count twice until then.</summary>
    public bool AwaitsPrepayments { get; init; }
}

public static class StatusLabels
{
    public static string Of(ReceivedInvoiceStatus status) => status switch
    {
        ReceivedInvoiceStatus.Booked => "gebucht",
        ReceivedInvoiceStatus.ToReview => "zu prüfen",
        ReceivedInvoiceStatus.Cancelled => "storniert",
        _ => "ersetzt",
    };
}

/// <summary>
/// The user's assignment of an invoice from the review list: all its lines to one product and cost type; the vendor
/// is the product's unless another is named (a data centre billing another vendor's product).
/// </summary>
public sealed record ReviewAssignment(int? VendorId, int ProductId, CostType CostType, bool RememberRule);

/// <summary>The original file for download, unchanged.</summary>
public sealed record InvoiceOriginal(string FileName, byte[] Content, string Sha256);
