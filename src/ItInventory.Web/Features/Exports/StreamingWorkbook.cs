using ItInventory.Web.Features.Reports;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace ItInventory.Web.Features.Exports;

/// <summary>
/// One sheet written row by row straight to a stream (SpreadCheetah), so memory stays flat however many rows follow.
/// Applies the rules of the styled reports: text is always a text cell and carries the text number format "@", so a value
/// such as "=HYPERLINK(...)" is never a formula, not even after editing (CWE-1236); codes (inventory, contract, invoice
/// numbers) are text so leading zeros survive; money is a number with a euro format.
/// </summary>
public sealed class StreamingWorkbook : IAsyncDisposable
{
    private readonly Spreadsheet _spreadsheet;
    private readonly DeferredSyncWriteStream _output;
    private readonly StyleId _text;
    private readonly StyleId _euro;
    private readonly StyleId _integer;
    private readonly StyleId _header;
    private readonly Cell[] _row;
    private int _column;

    private StreamingWorkbook(Spreadsheet spreadsheet, DeferredSyncWriteStream output, int columns)
    {
        _spreadsheet = spreadsheet;
        _output = output;
        _text = spreadsheet.AddStyle(new Style { Format = NumberFormat.Standard(StandardNumberFormat.Text) });
        _euro = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom(ExcelNumberFormats.Euro) });
        _integer = spreadsheet.AddStyle(new Style { Format = NumberFormat.Standard(StandardNumberFormat.ThousandsSeparator) });
        _header = spreadsheet.AddStyle(new Style { Font = { Bold = true }, Format = NumberFormat.Standard(StandardNumberFormat.Text) });
        _row = new Cell[columns];
    }

    /// <summary>
    /// A spreadsheet on the caller's stream as every streamed workbook starts: synchronous writes held back for the
    /// next asynchronous one (see <see cref="DeferredSyncWriteStream"/>) and the fastest compression, since at a
    /// million rows the zip step, not the database, sets the pace. The caller disposes the spreadsheet, then the stream.
    /// </summary>
    internal static async Task<(Spreadsheet Spreadsheet, DeferredSyncWriteStream Output)> OpenAsync(Stream output, CancellationToken cancellationToken)
    {
        var deferred = new DeferredSyncWriteStream(output);
        var spreadsheet = await Spreadsheet.CreateNewAsync(deferred, new SpreadCheetahOptions { CompressionLevel = SpreadCheetahCompressionLevel.Fastest }, cancellationToken);
        return (spreadsheet, deferred);
    }

    public static async Task<StreamingWorkbook> CreateAsync(Stream output, string sheetName, IReadOnlyList<(string Header, double Width)> columns, CancellationToken cancellationToken)
    {
        var (spreadsheet, deferred) = await OpenAsync(output, cancellationToken);
        var options = new WorksheetOptions { FrozenRows = 1 };
        for (var i = 0; i < columns.Count; i++)
        {
            options.Column(i + 1).Width = columns[i].Width;
        }

        var workbook = new StreamingWorkbook(spreadsheet, deferred, columns.Count);
        await spreadsheet.StartWorksheetAsync(sheetName, options, cancellationToken);
        foreach (var (header, _) in columns)
        {
            workbook._row[workbook._column++] = new Cell(header, workbook._header);
        }

        await workbook.EndRowAsync(cancellationToken);
        return workbook;
    }

    public void Text(string? value) => _row[_column++] = string.IsNullOrEmpty(value)
        ? new Cell()
        : new Cell(value.Length > ReportCell.MaxTextLength ? value[..ReportCell.MaxTextLength] : value, _text);

    /// <summary>Inventory, contract, KGSt and invoice numbers: text, never a number.</summary>
    public void Code(string? value) => Text(value);

    public void Euro(decimal? value) => _row[_column++] = value is null ? new Cell() : new Cell(value.Value, _euro);

    public void Integer(int? value) => _row[_column++] = value is null ? new Cell() : new Cell(value.Value, _integer);

    /// <summary>A year such as 2025: a number, but without a thousands separator.</summary>
    public void Year(int value) => _row[_column++] = new Cell(value);

    public async ValueTask EndRowAsync(CancellationToken cancellationToken)
    {
        await _spreadsheet.AddRowAsync(_row.AsMemory(0, _column), cancellationToken);
        _column = 0;
    }

    public async ValueTask FinishAsync(CancellationToken cancellationToken)
    {
        await _spreadsheet.FinishAsync(cancellationToken);
        await _output.FlushAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _spreadsheet.DisposeAsync();
        await _output.DisposeAsync();
    }
}
