namespace ItInventory.Web.Features.Reports;

/// <summary>How a report column's values are written to Excel.</summary>
public enum CellFormat
{
    /// <summary>Free text, always stored as text (never as a formula).</summary>
    Text,
    /// <summary>A code such as an inventory or KGSt number: text, so "00123" keeps its leading zeros.</summary>
    Code,
    /// <summary>Whole number with thousands separator.</summary>
    Integer,
    /// <summary>A number with one decimal (scores, index values).</summary>
    Decimal,
    /// <summary>Euro amount with cents.</summary>
    Euro,
    /// <summary>A fraction (0.125) shown as "12,5 %".</summary>
    Percent,
    /// <summary>A calendar date stored as a real date value.</summary>
    Date,
    /// <summary>A year such as 2025, without thousands separator.</summary>
    Year,
}
