namespace ItInventory.Web.Features.Reports;

/// <summary>A column as both workbook writers see it: everything but where its values come from.</summary>
public interface IReportColumn
{
    string Header { get; }
    CellFormat Format { get; }
    bool Total { get; }
    double? Width { get; }
    bool Wrap { get; }

    /// <summary>The format differs from row to row, so it is set per cell rather than for the whole column.</summary>
    bool FormatsEachRow { get; }
}

/// <summary>A column of a report table: its German header, where its value comes from and how it is written.</summary>
/// <param name="Total">Add the column up in the totals row (a SUBTOTAL formula, so Excel's filter changes it).</param>
/// <param name="Width">Fixed width in characters; null sizes the column to its content.</param>
/// <param name="Wrap">Wrap long text (explanations) instead of widening the column.</param>
/// <param name="FormatOf">A per-row format, for key-figure tables whose values differ in kind.</param>
public sealed record ReportColumn<T>(
    string Header,
    Func<T, object?> Value,
    CellFormat Format = CellFormat.Text,
    bool Total = false,
    double? Width = null,
    bool Wrap = false,
    Func<T, CellFormat>? FormatOf = null) : IReportColumn
{
    public bool FormatsEachRow => FormatOf is not null;
}
