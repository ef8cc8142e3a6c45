namespace ItInventory.Web.Features.Reports;

/// <summary>Settings of the Excel reports, bound from the "Reports" section of appsettings.</summary>
public sealed class ReportOptions
{
    public const string Section = "Reports";

    /// <summary>
    /// Above this many table rows (all sheets together) a report is streamed row by row instead of built in memory.
    /// ClosedXML keeps an object per cell until the file is saved: a city's few hundred products take a few MB, while
    /// "Kosten nach Jahren" over 20,000 products grew the process by about 300 MB and took twice as long as streamed
    /// (docs/benchmarks.md). The streamed file has the same sheets, columns, formats, frozen header, filter and
    /// totals; only the print setup (landscape, page numbers) is missing, which is why small reports stay styled.
    /// </summary>
    public int StreamingRowThreshold { get; set; } = 10_000;
}
