using System.Drawing;
using ItInventory.Web.Features.Exports;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace ItInventory.Web.Features.Reports;

/// <summary>
/// Writes a report's sheets row by row to a stream (SpreadCheetah), for reports above
/// <see cref="ReportOptions.StreamingRowThreshold"/> rows: memory holds the report's rows, never a workbook of cell
/// objects. The sheets look as the styled ones do (<see cref="WorkbookWriter"/>): the same title block, header,
/// columns, widths, number formats, frozen header, AutoFilter and SUBTOTAL totals with their values cached. SpreadCheetah
/// writes no print setup, so landscape pages with page numbers and the repeated header are left to the reader's Excel.
/// Text cells carry the text format "@", so a value such as "=HYPERLINK(...)" stays text even after editing.
/// </summary>
public static class StreamingReportWriter
{
    public static async Task WriteAsync(ReportWorkbook content, ReportHeading heading, Stream output, CancellationToken cancellationToken)
    {
        var (spreadsheet, deferred) = await StreamingWorkbook.OpenAsync(output, cancellationToken);
        await using (deferred)
        {
            await using (spreadsheet)
            {
                var styles = new Styles(spreadsheet);
                foreach (var sheet in content.Sheets)
                    await WriteSheetAsync(spreadsheet, styles, heading, sheet, cancellationToken);
                await spreadsheet.FinishAsync(cancellationToken);
            }

            await deferred.FlushAsync(cancellationToken);
        }
    }

    private static async Task WriteSheetAsync(Spreadsheet spreadsheet, Styles styles, ReportHeading heading, ReportSheet sheet, CancellationToken cancellationToken)
    {
        var table = sheet.Data;
        var (widths, sums) = table?.Measure() ?? ([], []);
        var columns = table?.Columns ?? [];
        var headerRow = sheet.HeaderRow;
        var firstData = headerRow + 1;
        var lastData = firstData + Math.Max(table?.RowCount ?? 0, 1) - 1;

        var options = new WorksheetOptions();
        if (table is not null)
        {
            options.FrozenRows = headerRow;
            for (var c = 0; c < columns.Count; c++)
                options.Column(c + 1).Width = widths[c] + ReportLayout.ColumnPadding;
            if (table.RowCount > 0)
                options.AutoFilter = new AutoFilterOptions($"A{headerRow}:{ReportLayout.ColumnLetter(columns.Count - 1)}{lastData}");
        }

        await spreadsheet.StartWorksheetAsync(sheet.Name, options, cancellationToken);
        await spreadsheet.AddRowAsync([new Cell(heading.TitleOf(sheet), styles.Title)], cancellationToken);
        await spreadsheet.AddRowAsync([new Cell(heading.CreatedLine, styles.Created)], cancellationToken);
        foreach (var note in sheet.Notes)
            await spreadsheet.AddRowAsync([Text(note, styles.Plain)], cancellationToken);
        await spreadsheet.AddRowAsync(Array.Empty<Cell>(), cancellationToken);
        if (table is null)
            return;

        var row = new Cell[columns.Count];
        for (var c = 0; c < columns.Count; c++)
            row[c] = Text(columns[c].Header, styles.Header);
        await spreadsheet.AddRowAsync(row, cancellationToken);

        if (table.RowCount == 0)
        {
            await spreadsheet.AddRowAsync([Text(ReportLayout.NoEntries, styles.Plain)], cancellationToken);
            return;
        }

        for (var r = 0; r < table.RowCount; r++)
        {
            for (var c = 0; c < columns.Count; c++)
                row[c] = CellOf(table.CellAt(r, c), columns[c], styles);
            await spreadsheet.AddRowAsync(row, cancellationToken);
        }

        if (!columns.Any(c => c.Total))
            return;
        for (var c = 0; c < columns.Count; c++)
        {
            row[c] = columns[c].Total
                ? new Cell(new Formula(ReportLayout.SubtotalFormula(c, firstData, lastData)), sums[c], styles.Of(columns[c].Format, wrap: false, total: true))
                : new Cell(c == 0 ? ReportLayout.TotalLabel : null, styles.TotalRow);
        }

        await spreadsheet.AddRowAsync(row, cancellationToken);
    }

    private static Cell CellOf(ReportCell cell, IReportColumn column, Styles styles) => cell.Kind switch
    {
        ReportCellKind.Text => Text(cell.Text, styles.Of(CellFormat.Text, column.Wrap, total: false)),
        ReportCellKind.Number => new Cell(cell.Number, styles.Of(cell.Format, column.Wrap, total: false)),
        ReportCellKind.Date => new Cell(cell.Date, styles.Of(CellFormat.Date, column.Wrap, total: false)),
        _ => new Cell(),
    };

    private static Cell Text(string? text, StyleId style) => new(text, style);

    /// <summary>The few styles of a report, registered once per workbook.</summary>
    private sealed class Styles(Spreadsheet spreadsheet)
    {
        private readonly Dictionary<(CellFormat, bool, bool), StyleId> _cells = [];

        public StyleId Title { get; } = spreadsheet.AddStyle(new Style { Font = { Bold = true, Size = 14 } });
        public StyleId Created { get; } = spreadsheet.AddStyle(new Style { Font = { Italic = true } });
        public StyleId Plain { get; } = spreadsheet.AddStyle(new Style());

        /// <summary>The totals row's label and its cells without a total.</summary>
        public StyleId TotalRow { get; } = spreadsheet.AddStyle(new Style { Font = { Bold = true }, Border = { Top = new EdgeBorder { BorderStyle = BorderStyle.Thin } } });

        public StyleId Header { get; } = spreadsheet.AddStyle(new Style
        {
            Font = { Bold = true },
            Fill = { Color = ColorTranslator.FromHtml(ReportLayout.HeaderFill) },
            Border = { Bottom = new EdgeBorder { BorderStyle = BorderStyle.Thin } },
            Alignment = { WrapText = true, Vertical = VerticalAlignment.Top },
        });

        private static NumberFormat TextFormat => NumberFormat.Standard(StandardNumberFormat.Text);

        /// <param name="total">The totals row: bold, with a line above.</param>
        public StyleId Of(CellFormat format, bool wrap, bool total)
        {
            if (_cells.TryGetValue((format, wrap, total), out var id))
                return id;
            var style = new Style
            {
                Format = format is CellFormat.Text or CellFormat.Code ? TextFormat : NumberFormat.Custom(ExcelNumberFormats.Of(format)),
            };
            if (wrap)
                style.Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignment.Top };
            if (total)
            {
                style.Font = new SpreadCheetah.Styling.Font { Bold = true };
                style.Border = new Border { Top = new EdgeBorder { BorderStyle = BorderStyle.Thin } };
            }

            return _cells[(format, wrap, total)] = spreadsheet.AddStyle(style);
        }
    }
}
