namespace ItInventory.Core.Invoices;

/// <summary>The two XML syntaxes of EN 16931 that XRechnung allows.</summary>
public enum InvoiceSyntax { Ubl, Cii }

/// <summary>
/// One e-invoice as read from UBL 2.1 or UN/CEFACT CII, in one model whatever the syntax. Amounts are signed: a credit
/// note (381) carries positive amounts in its XML but reduces costs, so it is read with negative amounts here.
/// </summary>
public sealed record EInvoice(
    InvoiceSyntax Syntax,
    string Number,
    DateOnly IssueDate,
    int TypeCode,
    string Currency,
    string? BuyerReference,
    string? ContractReference,
    string? OrderReference,
    PrecedingInvoice? Preceding,
    InvoiceSeller Seller,
    InvoicePeriod? Period,
    IReadOnlyList<InvoiceLine> Lines,
    InvoiceTotals Totals)
{
    public bool IsCreditNote => InvoiceTypeCodes.IsCreditNote(TypeCode);
    public bool IsCorrection => InvoiceTypeCodes.IsCorrection(TypeCode);
}

/// <summary>BG-3: the earlier invoice this one refers to (BT-25 number, BT-26 issue date).</summary>
public sealed record PrecedingInvoice(string Number, DateOnly? IssueDate);

/// <summary>BT-27 name, BT-31 VAT id, BT-34 electronic address (with its scheme, e.g. EM for e-mail).</summary>
public sealed record InvoiceSeller(string Name, string? VatId, string? ElectronicAddress);

/// <summary>A service period, both days included (BT-73/74 for the invoice, BT-134/135 for a line).</summary>
public sealed record InvoicePeriod(DateOnly Start, DateOnly End)
{
    public int Days => End.DayNumber - Start.DayNumber + 1;
}

/// <summary>BG-25: BT-126 id, BT-153 item name, BT-129 quantity, BT-130 unit, BT-131 net amount, BG-26 period.</summary>
public sealed record InvoiceLine(string Id, string Name, decimal? Quantity, string? UnitCode, decimal NetAmount,
    InvoicePeriod? Period);

/// <summary>
/// BG-22 document totals: BT-106 sum of lines, BT-107 allowances, BT-108 charges, BT-109 net, BT-110 VAT,
/// BT-112 gross, BT-113 prepaid, BT-114 rounding, BT-115 payable.
/// </summary>
public sealed record InvoiceTotals(
    decimal LineTotal, decimal Allowances, decimal Charges, decimal Net, decimal Vat, decimal Gross,
    decimal Prepaid, decimal Rounding, decimal Payable)
{
    public InvoiceTotals Negated() => new(-LineTotal, -Allowances, -Charges, -Net, -Vat, -Gross, -Prepaid, -Rounding,
        -Payable);
}
