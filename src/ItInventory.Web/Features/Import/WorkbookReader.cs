using System.Globalization;
using ClosedXML.Excel;

namespace ItInventory.Web.Features.Import;

/// <summary>
/// Reads every worksheet's non-empty cells into memory once. Values are taken typed (ClosedXML 0.95's formatted
/// strings are raw values anyway): numbers stay doubles, dates DateTime, text is trimmed.
/// </summary>
public static class WorkbookReader
{
    public static WorkbookData Read(byte[] content, string fileName, CancellationToken cancellationToken = default)
    {
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(new MemoryStream(content, writable: false));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new ImportFileException("Die Datei lässt sich nicht als Excel-Arbeitsmappe lesen; sie ist vermutlich beschädigt. Bitte öffnen Sie sie in Excel, speichern Sie sie erneut als .xlsx und laden Sie sie noch einmal hoch.", ex);
        }

        using (workbook)
        {
            var sheets = new List<SheetData>();
            foreach (var worksheet in workbook.Worksheets)
            {
                cancellationToken.ThrowIfCancellationRequested();
                sheets.Add(ReadSheet(worksheet));
            }

            if (sheets.Count == 0)
            {
                throw new ImportFileException("Die Arbeitsmappe enthält kein Tabellenblatt.");
            }

            return new WorkbookData(fileName, sheets);
        }
    }

    private static SheetData ReadSheet(IXLWorksheet worksheet)
    {
        var rows = new SortedDictionary<int, List<(int Column, CellValue Value)>>();
        var columnCount = 0;
        foreach (var cell in worksheet.CellsUsed())
        {
            var value = ReadCell(cell);
            if (value.IsEmpty)
            {
                continue;
            }

            var address = cell.Address;
            if (!rows.TryGetValue(address.RowNumber, out var cells))
            {
                rows[address.RowNumber] = cells = [];
            }

            cells.Add((address.ColumnNumber, value));
            columnCount = Math.Max(columnCount, address.ColumnNumber);
        }

        var result = new List<SheetRow>(rows.Count);
        foreach (var (number, cells) in rows)
        {
            var values = new CellValue[cells.Max(c => c.Column)];
            foreach (var (column, value) in cells)
            {
                values[column - 1] = value;
            }

            result.Add(new SheetRow(number, values));
        }

        return new SheetData(worksheet.Name, result, columnCount);
    }

    private static CellValue ReadCell(IXLCell cell)
    {
        object? value;
        try
        {
            // A formula's cached result is what the user saw; evaluating it again could fail on functions ClosedXML lacks.
            value = cell.HasFormula ? cell.CachedValue ?? cell.Value : cell.Value;
        }
        catch (Exception)
        {
            // No cached result and ClosedXML cannot evaluate it: a visible marker, so validation names the cell.
            return CellValue.FromText("(Formel ohne Ergebnis)");
        }

        return value switch
        {
            null => CellValue.Empty,
            string text when cell.DataType == XLDataType.Number && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => CellValue.FromNumber(number),
            string text => CellValue.FromText(text),
            double number when cell.DataType == XLDataType.DateTime => CellValue.FromDate(DateTime.FromOADate(number)),
            double number => CellValue.FromNumber(number),
            DateTime date => CellValue.FromDate(date),
            bool flag => CellValue.FromBoolean(flag),
            int number => CellValue.FromNumber(number),
            long number => CellValue.FromNumber(number),
            decimal number => CellValue.FromNumber((double)number),
            TimeSpan span => CellValue.FromText(span.ToString()),
            _ => CellValue.FromText(Convert.ToString(value, CultureInfo.InvariantCulture)),
        };
    }
}
