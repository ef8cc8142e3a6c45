namespace ItInventory.Web.Features.Reports;

/// <summary>
/// What a report writes: its sheets with their tables, collected before any file is made, so the report service can
/// choose the writer by size (<see cref="WorkbookWriter"/> in memory with every style, <see cref="StreamingReportWriter"/>
/// row by row above <see cref="ReportOptions.StreamingRowThreshold"/>) and each report defines its columns only once.
/// </summary>
public sealed class ReportWorkbook
{
    private readonly List<ReportSheet> _sheets = [];

    public IReadOnlyList<ReportSheet> Sheets => _sheets;

    /// <summary>The data rows of all sheets together.</summary>
    public int DataRows => _sheets.Sum(s => s.Data?.RowCount ?? 0);

    /// <summary>Adds a sheet with the title block; <paramref name="notes"/> go under it (filters, assumptions).</summary>
    public ReportSheet AddSheet(string name, string? subtitle = null, IEnumerable<string>? notes = null)
    {
        var sheet = new ReportSheet(name, subtitle, notes?.ToList() ?? []);
        _sheets.Add(sheet);
        return sheet;
    }
}
