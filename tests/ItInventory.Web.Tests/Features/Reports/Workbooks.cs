using System.Globalization;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using OpenXml = DocumentFormat.OpenXml.Spreadsheet;

namespace ItInventory.Web.Tests.Features.Reports;

/// <summary>Reading exported workbooks back the way a test checks them: by header text, not by column number.</summary>
internal static class Workbooks
{
    public static XLWorkbook Open(byte[] content) => new(new MemoryStream(content));

    /// <summary>The header row: the first row whose first cell has a fill, i.e. the table's header.</summary>
    public static IXLRow HeaderRow(IXLWorksheet sheet) =>
        sheet.RowsUsed().First(r => r.Cell(1).Style.Font.Bold && r.RowNumber() > 2);

    public static IReadOnlyList<string> Headers(IXLWorksheet sheet) =>
        HeaderRow(sheet).CellsUsed().Select(c => c.GetString()).ToList();

    public static int ColumnOf(IXLWorksheet sheet, string header) =>
        HeaderRow(sheet).CellsUsed().First(c => c.GetString() == header).Address.ColumnNumber;

    /// <summary>The data rows between the header and the totals row.</summary>
    public static IReadOnlyList<IXLRow> DataRows(IXLWorksheet sheet)
    {
        var header = HeaderRow(sheet).RowNumber();
        return sheet.RowsUsed()
            .Where(r => r.RowNumber() > header && r.Cell(1).GetString() != "Summe")
            .ToList();
    }

    /// <summary>
    /// The value stored with a formula cell in the file (its &lt;v&gt; element), read without ClosedXML's evaluation,
    /// which recalculates instead of reading it; null when the file stores none. Cells without an address (a streamed
    /// file writes every cell of a row in order, without one) are found by their place in the row.
    /// </summary>
    public static double? CachedValue(byte[] content, IXLCell cell)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(content), isEditable: false);
        var workbookPart = document.WorkbookPart!;
        var sheet = workbookPart.Workbook.Sheets!.Elements<OpenXml.Sheet>().Single(s => s.Name == cell.Worksheet.Name);
        var part = (WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!);
        var row = part.Worksheet.Descendants<OpenXml.Row>().Single(r => r.RowIndex?.Value == (uint)cell.Address.RowNumber);
        var cells = row.Elements<OpenXml.Cell>().ToList();
        var stored = cells.All(c => c.CellReference is null)
            ? cells[cell.Address.ColumnNumber - 1]
            : cells.Single(c => c.CellReference == cell.Address.ToString());
        return stored.CellValue is { } value ? double.Parse(value.Text, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>
    /// The column widths as stored in the file (column number → width; a range of equal columns counts for each).
    /// ClosedXML's own reading corrects them by the file's default font, which differs between writers, so the stored
    /// figure is what two files compare by.
    /// </summary>
    public static IReadOnlyDictionary<uint, double> StoredColumnWidths(byte[] content, string sheetName)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(content), isEditable: false);
        var workbookPart = document.WorkbookPart!;
        var sheet = workbookPart.Workbook.Sheets!.Elements<OpenXml.Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!);
        return part.Worksheet.Descendants<OpenXml.Column>()
            .SelectMany(c => Enumerable.Range((int)c.Min!.Value, (int)(c.Max!.Value - c.Min.Value + 1)).Select(n => (Column: (uint)n, Width: c.Width!.Value)))
            .ToDictionary(c => c.Column, c => c.Width);
    }

    public static IXLCell TotalCell(IXLWorksheet sheet, string header)
    {
        var row = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == "Summe");
        return row.Cell(ColumnOf(sheet, header));
    }
}
