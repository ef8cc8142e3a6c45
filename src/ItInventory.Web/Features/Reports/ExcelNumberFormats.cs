namespace ItInventory.Web.Features.Reports;

/// <summary>Excel's number format for each <see cref="CellFormat"/>, the same in the styled and the streamed workbooks.</summary>
public static class ExcelNumberFormats
{
    public const string Euro = "#,##0.00 [$€-407];-#,##0.00 [$€-407]";
    public const string Date = "dd.mm.yyyy";
    public const string Percent = "0.0 %";
    public const string Integer = "#,##0";
    public const string Decimal = "#,##0.0";
    public const string Year = "0";

    /// <summary>Excel's text format: a cell formatted so stays text when someone edits it, even if it starts with "=".</summary>
    public const string Text = "@";

    public static string Of(CellFormat format) => format switch
    {
        CellFormat.Euro => Euro,
        CellFormat.Date => Date,
        CellFormat.Percent => Percent,
        CellFormat.Integer => Integer,
        CellFormat.Decimal => Decimal,
        CellFormat.Year => Year,
        _ => Text,
    };
}
