using System.Globalization;
using ClosedXML.Excel;
using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace ItInventory.Web.Features.Reports;

/// <summary>
/// Builds a report workbook in one house style: a title block (city, report, creation time), one filterable table
/// per sheet with a frozen header, euro and date formats, a totals row of SUBTOTAL formulas and column widths
/// computed here (ClosedXML's AdjustToContents needs system fonts that servers often lack).
/// Every string goes in as text, so a value such as "=HYPERLINK(...)" can never become a formula.
/// Totals are written as formulas with their value cached in the file, computed here: ClosedXML's own evaluation
/// of SUBTOTAL takes seconds for a few hundred rows.
/// ClosedXML holds the whole workbook in memory until it is saved. That suits a city's reports; a report with a row
/// per cost line, or per product of a county-size instance, should be written with Features/Exports/StreamingWorkbook
/// (row by row to the response, flat memory) instead; see docs/benchmarks.md.
/// </summary>
public sealed class WorkbookWriter : IDisposable
{
    internal const string EuroFormat = "#,##0.00 [$€-407];-#,##0.00 [$€-407]";
    internal const string DateFormat = "dd.mm.yyyy";
    internal const string PercentFormat = "0.0 %";
    internal const string IntegerFormat = "#,##0";
    internal const string DecimalFormat = "#,##0.0";
    private const int MaxTextLength = 32_767;
    private const double MinWidth = 8;
    private const double MaxWidth = 60;
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly XLColor HeaderFill = XLColor.FromHtml("#DCE6F1");

    private readonly XLWorkbook _workbook = new();
    private readonly List<CachedFormulaValue> _cachedValues = [];
    private readonly string _cityName;
    private readonly string _reportTitle;
    private readonly string _createdLine;

    /// <param name="createdAt">Local time the report is made, shown in every title block.</param>
    /// <param name="asOf">The date deadlines and current-year figures refer to; shown when it differs from the creation date.</param>
    public WorkbookWriter(string cityName, string reportTitle, DateTime createdAt, DateOnly asOf)
    {
        _cityName = cityName;
        _reportTitle = reportTitle;
        _createdLine = $"Erstellt am {createdAt.ToString("dd.MM.yyyy", German)} um {createdAt.ToString("HH:mm", German)} Uhr"
            + (DateOnly.FromDateTime(createdAt) != asOf ? $", Stichtag {asOf.ToString("dd.MM.yyyy", German)}" : "");
        _workbook.Author = "ItInventory";
        _workbook.Properties.Title = $"{reportTitle} {cityName}";
        _workbook.CalculateMode = XLCalculateMode.Auto;
        _workbook.FullCalculationOnLoad = true;
    }

    /// <summary>Adds a sheet with the title block; <paramref name="notes"/> go under it (filters, assumptions).</summary>
    public SheetWriter AddSheet(string name, string? subtitle = null, IEnumerable<string>? notes = null)
    {
        var sheet = _workbook.AddWorksheet(SheetName(name));
        var title = $"{_cityName} · {_reportTitle}" + (subtitle is null ? "" : $" · {subtitle}");
        WriteText(sheet.Cell(1, 1), title);
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        WriteText(sheet.Cell(2, 1), _createdLine);
        sheet.Cell(2, 1).Style.Font.Italic = true;
        var row = 3;
        foreach (var note in notes ?? [])
            WriteText(sheet.Cell(row++, 1), note);

        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.FitToPages(1, 0);
        var footer = sheet.PageSetup.Footer.Right;
        footer.AddText("Seite ");
        footer.AddText(XLHFPredefinedText.PageNumber);
        footer.AddText(" von ");
        footer.AddText(XLHFPredefinedText.NumberOfPages);
        return new SheetWriter(sheet, row + 1, _cachedValues);
    }

    /// <summary>The workbook as .xlsx bytes, with every formula's value cached so viewers without a calculation engine show it.</summary>
    public byte[] ToBytes()
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
    internal static void WriteText(IXLCell cell, string? text)
    {
        if (string.IsNullOrEmpty(text))
            return;
        if (text.Length > MaxTextLength)
            text = text[..MaxTextLength];
        // SetValue<string> stores text as it is; assigning Value instead would turn "00123" into the number 123.
        cell.SetValue(text);
        if (text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            cell.Style.IncludeQuotePrefix = true;
    }

    private static string SheetName(string name)
    {
        var clean = new string(name.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\')).ToArray()).Trim('\'');
        return clean.Length > 31 ? clean[..31] : clean;
    }

    internal sealed record CachedFormulaValue(string Sheet, string Address, double Value);

    /// <summary>One sheet: a title block, then one table.</summary>
    public sealed class SheetWriter
    {
        private readonly IXLWorksheet _sheet;
        private readonly List<CachedFormulaValue> _cachedValues;
        private int _row;

        internal SheetWriter(IXLWorksheet sheet, int firstFreeRow, List<CachedFormulaValue> cachedValues)
        {
            _sheet = sheet;
            _row = firstFreeRow;
            _cachedValues = cachedValues;
        }

        public IXLWorksheet Sheet => _sheet;

        /// <summary>
        /// Writes the table with its header at the current row, freezes everything above the data, adds an
        /// AutoFilter and, if any column is totalled, a "Summe" row of SUBTOTAL(9, …) formulas below the data.
        /// Returns the number of data rows.
        /// </summary>
        public int Table<T>(IReadOnlyList<T> rows, IReadOnlyList<ReportColumn<T>> columns)
        {
            var headerRow = _row;
            var widths = columns.Select(c => (double)c.Header.Length).ToArray();
            var sums = new decimal[columns.Count];
            for (var c = 0; c < columns.Count; c++)
            {
                var cell = _sheet.Cell(headerRow, c + 1);
                WriteText(cell, columns[c].Header);
            }

            var header = _sheet.Range(headerRow, 1, headerRow, columns.Count);
            header.Style.Font.Bold = true;
            header.Style.Fill.BackgroundColor = HeaderFill;
            header.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
            header.Style.Alignment.WrapText = true;
            header.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;

            var firstData = headerRow + 1;
            for (var r = 0; r < rows.Count; r++)
            {
                for (var c = 0; c < columns.Count; c++)
                {
                    var column = columns[c];
                    var format = column.FormatOf?.Invoke(rows[r]) ?? column.Format;
                    var value = column.Value(rows[r]);
                    var length = WriteValue(_sheet.Cell(firstData + r, c + 1), value, format, column.FormatOf is not null);
                    sums[c] += value switch { decimal d => d, int i => i, _ => 0m };
                    if (length > widths[c])
                        widths[c] = length;
                }
            }

            var lastData = firstData + rows.Count - 1;
            if (rows.Count > 0)
            {
                for (var c = 0; c < columns.Count; c++)
                {
                    var range = _sheet.Range(firstData, c + 1, lastData, c + 1);
                    if (columns[c].FormatOf is null)
                        ApplyFormat(range.Style, columns[c].Format);
                    if (columns[c].Wrap)
                    {
                        range.Style.Alignment.WrapText = true;
                        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
                    }
                }

                _sheet.Range(headerRow, 1, lastData, columns.Count).SetAutoFilter();
            }
            else
            {
                WriteText(_sheet.Cell(firstData, 1), "Keine Einträge für diese Auswahl.");
                lastData = firstData;
            }

            _sheet.SheetView.FreezeRows(headerRow);
            _sheet.PageSetup.SetRowsToRepeatAtTop(headerRow, headerRow);

            if (rows.Count > 0 && columns.Any(c => c.Total))
            {
                var totalRow = lastData + 1;
                WriteText(_sheet.Cell(totalRow, 1), "Summe");
                for (var c = 0; c < columns.Count; c++)
                {
                    if (!columns[c].Total)
                        continue;
                    var letter = XLHelper.GetColumnLetterFromNumber(c + 1);
                    var cell = _sheet.Cell(totalRow, c + 1);
                    cell.FormulaA1 = $"SUBTOTAL(9,{letter}{firstData}:{letter}{lastData})";
                    _cachedValues.Add(new CachedFormulaValue(_sheet.Name, cell.Address.ToString()!, (double)sums[c]));
                    ApplyFormat(cell.Style, columns[c].Format);
                }

                var totals = _sheet.Range(totalRow, 1, totalRow, columns.Count);
                totals.Style.Font.Bold = true;
                totals.Style.Border.TopBorder = XLBorderStyleValues.Thin;
                lastData = totalRow;
            }

            for (var c = 0; c < columns.Count; c++)
            {
                var width = columns[c].Width ?? Math.Clamp(widths[c] + 2, MinWidth, MaxWidth);
                _sheet.Column(c + 1).Width = width;
            }

            _row = lastData + 2;
            return rows.Count;
        }

        /// <summary>Writes a value and returns its displayed length, for the column width.</summary>
        private static int WriteValue(IXLCell cell, object? value, CellFormat format, bool formatEachCell)
        {
            switch (value)
            {
                case null:
                    return 0;
                case string text:
                    WriteText(cell, text);
                    return LongestLine(text);
                case DateOnly date:
                    cell.SetValue(date.ToDateTime(TimeOnly.MinValue));
                    if (formatEachCell) ApplyFormat(cell.Style, CellFormat.Date);
                    return 10;
                case DateTime dateTime:
                    cell.SetValue(dateTime);
                    if (formatEachCell) ApplyFormat(cell.Style, CellFormat.Date);
                    return 10;
                case bool flag:
                    WriteText(cell, flag ? "ja" : "nein");
                    return 4;
                case int number when format is CellFormat.Text or CellFormat.Code:
                    WriteText(cell, number.ToString(CultureInfo.InvariantCulture));
                    return number.ToString(CultureInfo.InvariantCulture).Length;
                case int number:
                    cell.SetValue(number);
                    if (formatEachCell) ApplyFormat(cell.Style, format);
                    return DisplayLength(number, format);
                case decimal amount:
                    cell.SetValue(amount);
                    if (formatEachCell) ApplyFormat(cell.Style, format);
                    return DisplayLength(amount, format);
                default:
                    var textValue = Convert.ToString(value, German) ?? "";
                    WriteText(cell, textValue);
                    return LongestLine(textValue);
            }
        }

        private static int DisplayLength(decimal value, CellFormat format) => format switch
        {
            CellFormat.Euro => value.ToString("#,##0.00", German).Length + 2,
            CellFormat.Percent => (value * 100m).ToString("0.0", German).Length + 2,
            CellFormat.Year => 4,
            CellFormat.Decimal => value.ToString("#,##0.0", German).Length,
            _ => value.ToString("#,##0", German).Length,
        };

        private static int LongestLine(string text)
        {
            var longest = 0;
            foreach (var line in text.Split('\n'))
                longest = Math.Max(longest, line.Length);
            return longest;
        }

        private static void ApplyFormat(IXLStyle style, CellFormat format)
        {
            switch (format)
            {
                case CellFormat.Euro: style.NumberFormat.Format = EuroFormat; break;
                case CellFormat.Date: style.NumberFormat.Format = DateFormat; break;
                case CellFormat.Percent: style.NumberFormat.Format = PercentFormat; break;
                case CellFormat.Integer: style.NumberFormat.Format = IntegerFormat; break;
                case CellFormat.Decimal: style.NumberFormat.Format = DecimalFormat; break;
                case CellFormat.Year: style.NumberFormat.Format = "0"; break;
                case CellFormat.Text or CellFormat.Code: style.NumberFormat.Format = "@"; break;
            }
        }
    }
}
