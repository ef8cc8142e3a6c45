using System.Globalization;

namespace ItInventory.Web.Features.Reports;

/// <summary>The house style's fixed parts, shared by the styled and the streamed workbook.</summary>
public static class ReportLayout
{
    /// <summary>The header row's fill, a light blue.</summary>
    public const string HeaderFill = "#DCE6F1";

    public const string NoEntries = "Keine Einträge für diese Auswahl.";

    public const string TotalLabel = "Summe";

    /// <summary>
    /// Excel stores a column's width with 5 pixels of cell padding on top of its characters (at the default font's
    /// 7-pixel digits). ClosedXML adds it when it saves, SpreadCheetah writes the figure it is given, so the streamed
    /// sheets add it themselves to come out as wide as the styled ones.
    /// </summary>
    public const double ColumnPadding = 0.710625;

    /// <summary>SUBTOTAL(9, …) rather than SUM: it follows Excel's filter.</summary>
    public static string SubtotalFormula(int column, int firstRow, int lastRow)
    {
        var letter = ColumnLetter(column);
        return string.Create(CultureInfo.InvariantCulture, $"SUBTOTAL(9,{letter}{firstRow}:{letter}{lastRow})");
    }

    /// <summary>"A" for column 0, "Z" for 25, "AA" for 26.</summary>
    public static string ColumnLetter(int column)
    {
        var letters = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
            letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }
}
