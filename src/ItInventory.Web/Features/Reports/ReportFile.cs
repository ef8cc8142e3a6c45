namespace ItInventory.Web.Features.Reports;

/// <summary>
/// A finished report and the name it is downloaded under: either a workbook already built in memory, or, for a large
/// report, one that is written to the response row by row (<see cref="IsStreamed"/>).
/// </summary>
public sealed class ReportFile
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private readonly byte[]? _content;
    private readonly Func<Stream, CancellationToken, Task>? _write;

    private ReportFile(string fileName, int records, int rows, TimeSpan duration, byte[]? content, Func<Stream, CancellationToken, Task>? write)
    {
        FileName = fileName;
        Records = records;
        Rows = rows;
        Duration = duration;
        _content = content;
        _write = write;
    }

    public static ReportFile Built(string fileName, int records, int rows, TimeSpan duration, byte[] content) =>
        new(fileName, records, rows, duration, content, null);

    public static ReportFile Streamed(string fileName, int records, int rows, TimeSpan duration, Func<Stream, CancellationToken, Task> write) =>
        new(fileName, records, rows, duration, null, write);

    public string FileName { get; }

    /// <summary>The records the report lists (products, findings, contracts …).</summary>
    public int Records { get; }

    /// <summary>Table rows over all sheets; above the threshold the report is streamed.</summary>
    public int Rows { get; }

    /// <summary>Time to load the data and, unless streamed, to build the workbook.</summary>
    public TimeSpan Duration { get; }

    public bool IsStreamed => _write is not null;

    /// <summary>Writes the workbook; a streamed one is only now made, so its writing takes the time the build did not.</summary>
    public Task WriteToAsync(Stream output, CancellationToken cancellationToken) =>
        _write is not null ? _write(output, cancellationToken) : output.WriteAsync(_content, cancellationToken).AsTask();

    /// <summary>The download as an HTTP answer: a built file with its length, a streamed one as it is written.</summary>
    public IResult ToResult(CancellationToken cancellationToken) => _content is not null
        ? Results.File(_content, ContentType, FileName)
        : Results.Stream(body => WriteToAsync(body, cancellationToken), ContentType, FileName);
}
