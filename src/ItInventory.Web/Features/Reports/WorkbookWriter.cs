using System.Globalization;
using ClosedXML.Excel;
using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace ItInventory.Web.Features.Reports;

/// <summary>
/// Writes a report's sheets into one styled workbook in memory (ClosedXML): a title block (city, report, creation
/// time), one filterable table per sheet with a frozen header, euro and date formats, a totals row of SUBTOTAL
/// formulas, column widths computed here (ClosedXML's AdjustToContents needs system fonts that servers often lack)
/// and a landscape A4 print setup with page numbers.
/// Every string goes in as text, so a value such as "=HYPERLINK(...)" can never become a formula.
/// Totals are written as formulas with their value cached in the file, computed here: ClosedXML's own evaluation
/// of SUBTOTAL takes seconds for a few hundred rows.
/// ClosedXML holds the whole workbook in memory until it is saved; above <see cref="ReportOptions.StreamingRowThreshold"/>
/// rows the report service takes <see cref="StreamingReportWriter"/> instead.
/// </summary>
public sealed class WorkbookWriter : IDisposable
{
    private static readonly XLColor HeaderFill = XLColor.FromHtml(ReportLayout.HeaderFill);

    private readonly XLWorkbook _workbook = new();
    private readonly List<CachedFormulaValue> _cachedValues = [];
    private readonly ReportHeading _heading;

    private WorkbookWriter(ReportHeading heading)
    {
        _heading = heading;
        _workbook.Author = "ItInventory";
        _workbook.Properties.Title = $"{heading.ReportTitle} {heading.CityName}";
        _workbook.CalculateMode = XLCalculateMode.Auto;
        _workbook.FullCalculationOnLoad = true;
    }

    /// <summary>The report's sheets as .xlsx bytes.</summary>
    public static byte[] Write(ReportWorkbook content, ReportHeading heading)
    {
        using var writer = new WorkbookWriter(heading);
        foreach (var sheet in content.Sheets)
            writer.Add(sheet);
        return writer.ToBytes();
    }

    private void Add(ReportSheet content)
    {
        var sheet = _workbook.AddWorksheet(content.Name);
        WriteText(sheet.Cell(1, 1), _heading.TitleOf(content));
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        WriteText(sheet.Cell(2, 1), _heading.CreatedLine);
        sheet.Cell(2, 1).Style.Font.Italic = true;
        var row = 3;
        foreach (var note in content.Notes)
            WriteText(sheet.Cell(row++, 1), note);

        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.FitToPages(1, 0);
        var footer = sheet.PageSetup.Footer.Right;
        footer.AddText("Seite ");
        footer.AddText(XLHFPredefinedText.PageNumber);
        footer.AddText(" von ");
        footer.AddText(XLHFPredefinedText.NumberOfPages);
        if (content.Data is { } table)
            new SheetWriter(sheet, content.HeaderRow, _cachedValues).Table(table);
    }

    /// <summary>The workbook as .xlsx bytes, with every formula's value cached so viewers without a calculation engine show it.</summary>
    private byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        _workbook.SaveAs(stream);
        WriteCachedValues(stream);
        return stream.ToArray();
    }

    /// <summary>
    /// Puts each total's computed value into its formula cell (the &lt;v&gt; element Excel itself writes). Only the
    /// sheets with totals are rewritten; the zip keeps every other part as it is.
    /// </summary>
    private void WriteCachedValues(MemoryStream stream)
    {
        if (_cachedValues.Count == 0)
            return;
        using var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true);
        foreach (var (path, values) in SheetPaths(zip).Select(s => (s.Path, Values: _cachedValues.Where(v => v.Sheet == s.Name).ToDictionary(v => v.Address, v => v.Value))))
        {
            if (values.Count == 0 || zip.GetEntry(path) is not { } entry)
                continue;
            XDocument sheet;
            using (var read = entry.Open())
                sheet = XDocument.Load(read);
            foreach (var cell in sheet.Descendants(Main + "c"))
            {
                if (cell.Attribute("r")?.Value is { } address && values.TryGetValue(address, out var value) && cell.Element(Main + "f") is not null)
                {
                    cell.Attribute("t")?.Remove();
                    cell.Elements(Main + "v").Remove();
                    cell.Add(new XElement(Main + "v", value.ToString("R", CultureInfo.InvariantCulture)));
                }
            }

            entry.Delete();
            using var write = XmlWriter.Create(zip.CreateEntry(path, CompressionLevel.Fastest).Open(),
                new XmlWriterSettings { Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), CloseOutput = true });
            sheet.Save(write);
        }
    }

    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>Each sheet's name and the path of its part, as the workbook and its relationships name them.</summary>
    private static IEnumerable<(string Name, string Path)> SheetPaths(ZipArchive zip)
    {
        XDocument workbook, relationships;
        using (var read = zip.GetEntry("xl/workbook.xml")!.Open())
            workbook = XDocument.Load(read);
        using (var read = zip.GetEntry("xl/_rels/workbook.xml.rels")!.Open())
            relationships = XDocument.Load(read);
        var targets = relationships.Descendants(PackageRelationships + "Relationship")
            .ToDictionary(r => (string)r.Attribute("Id")!, r => (string)r.Attribute("Target")!);
        return workbook.Descendants(Main + "sheet")
            .Select(s => ((string)s.Attribute("name")!, targets[(string)s.Attribute(Relationships + "id")!]))
            .Select(s => (s.Item1, s.Item2.StartsWith('/') ? s.Item2.TrimStart('/') : "xl/" + s.Item2))
            .ToList();
    }

    public void Dispose() => _workbook.Dispose();

    /// <summary>
    /// Writes text as a text cell. Values that a spreadsheet would read as a formula (leading = + - @, tab or
    /// carriage return) also get Excel's quote prefix, so editing the cell keeps it text (CWE-1236).
    /// </summary>
    private static void WriteText(IXLCell cell, string? text)
    {
        if (string.IsNullOrEmpty(text))
            return;
        if (text.Length > ReportCell.MaxTextLength)
            text = text[..ReportCell.MaxTextLength];
        // SetValue<string> stores text as it is; assigning Value instead would turn "00123" into the number 123.
        cell.SetValue(text);
        if (text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            cell.Style.IncludeQuotePrefix = true;
    }

    internal sealed record CachedFormulaValue(string Sheet, string Address, double Value);

    /// <summary>One sheet's table.</summary>
    private sealed class SheetWriter(IXLWorksheet sheet, int headerRow, List<CachedFormulaValue> cachedValues)
    {
        /// <summary>
        /// Writes the table with its header at the header row, freezes everything above the data, adds an
        /// AutoFilter and, if any column is totalled, a "Summe" row of SUBTOTAL(9, …) formulas below the data.
        /// </summary>
        public void Table(ReportTable table)
        {
            var columns = table.Columns;
            var (widths, sums) = table.Measure();
            for (var c = 0; c < columns.Count; c++)
                WriteText(sheet.Cell(headerRow, c + 1), columns[c].Header);

            var header = sheet.Range(headerRow, 1, headerRow, columns.Count);
            header.Style.Font.Bold = true;
            header.Style.Fill.BackgroundColor = HeaderFill;
            header.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
            header.Style.Alignment.WrapText = true;
            header.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;

            var firstData = headerRow + 1;
            for (var r = 0; r < table.RowCount; r++)
            {
                for (var c = 0; c < columns.Count; c++)
                    WriteValue(sheet.Cell(firstData + r, c + 1), table.CellAt(r, c), columns[c].FormatsEachRow);
            }

            var lastData = firstData + table.RowCount - 1;
            if (table.RowCount > 0)
            {
                for (var c = 0; c < columns.Count; c++)
                {
                    var range = sheet.Range(firstData, c + 1, lastData, c + 1);
                    if (!columns[c].FormatsEachRow)
                        range.Style.NumberFormat.Format = ExcelNumberFormats.Of(columns[c].Format);
                    if (columns[c].Wrap)
                    {
                        range.Style.Alignment.WrapText = true;
                        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
                    }
                }

                sheet.Range(headerRow, 1, lastData, columns.Count).SetAutoFilter();
            }
            else
            {
                WriteText(sheet.Cell(firstData, 1), ReportLayout.NoEntries);
                lastData = firstData;
            }

            sheet.SheetView.FreezeRows(headerRow);
            sheet.PageSetup.SetRowsToRepeatAtTop(headerRow, headerRow);

            if (table.RowCount > 0 && columns.Any(c => c.Total))
            {
                var totalRow = lastData + 1;
                WriteText(sheet.Cell(totalRow, 1), ReportLayout.TotalLabel);
                for (var c = 0; c < columns.Count; c++)
                {
                    if (!columns[c].Total)
                        continue;
                    var cell = sheet.Cell(totalRow, c + 1);
                    cell.FormulaA1 = ReportLayout.SubtotalFormula(c, firstData, lastData);
                    cachedValues.Add(new CachedFormulaValue(sheet.Name, cell.Address.ToString()!, (double)sums[c]));
                    cell.Style.NumberFormat.Format = ExcelNumberFormats.Of(columns[c].Format);
                }

                var totals = sheet.Range(totalRow, 1, totalRow, columns.Count);
                totals.Style.Font.Bold = true;
                totals.Style.Border.TopBorder = XLBorderStyleValues.Thin;
            }

            for (var c = 0; c < columns.Count; c++)
                sheet.Column(c + 1).Width = widths[c];
        }

        private static void WriteValue(IXLCell cell, ReportCell value, bool formatEachCell)
        {
            switch (value.Kind)
            {
                case ReportCellKind.Text:
                    WriteText(cell, value.Text);
                    return;
                case ReportCellKind.Date:
                    cell.SetValue(value.Date);
                    break;
                case ReportCellKind.Number:
                    cell.SetValue(value.Number);
                    break;
                default:
                    return;
            }

            if (formatEachCell)
                cell.Style.NumberFormat.Format = ExcelNumberFormats.Of(value.Format);
        }
    }
}
