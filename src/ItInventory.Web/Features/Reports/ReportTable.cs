namespace ItInventory.Web.Features.Reports;

/// <summary>
/// A report's table, held as its rows and column definitions until a writer takes it: the styled writer for a
/// city's reports, the streaming one above the row threshold. Both read the same cells, so the two files agree.
/// </summary>
public abstract class ReportTable
{
    private const double MinWidth = 8;
    private const double MaxWidth = 60;

    public abstract int RowCount { get; }

    public abstract IReadOnlyList<IReportColumn> Columns { get; }

    public abstract ReportCell CellAt(int row, int column);

    /// <summary>
    /// Column widths (a fixed width, else the longest value, within 8 to 60 characters) and the sum of each column,
    /// in one pass: the streaming writer needs the widths before the first row, and the totals row carries the sums
    /// as the cached values of its formulas.
    /// </summary>
    public (double[] Widths, decimal[] Sums) Measure()
    {
        var columns = Columns;
        var lengths = columns.Select(c => (double)c.Header.Length).ToArray();
        var sums = new decimal[columns.Count];
        for (var r = 0; r < RowCount; r++)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                var cell = CellAt(r, c);
                lengths[c] = Math.Max(lengths[c], cell.DisplayLength);
                if (cell.Kind == ReportCellKind.Number)
                    sums[c] += cell.Number;
            }
        }

        var widths = columns.Select((c, i) => c.Width ?? Math.Clamp(lengths[i] + 2, MinWidth, MaxWidth)).ToArray();
        return (widths, sums);
    }
}

public sealed class ReportTable<T>(IReadOnlyList<T> rows, IReadOnlyList<ReportColumn<T>> columns) : ReportTable
{
    public override int RowCount => rows.Count;

    public override IReadOnlyList<IReportColumn> Columns => columns;

    public override ReportCell CellAt(int row, int column)
    {
        var definition = columns[column];
        var value = rows[row];
        return ReportCell.From(definition.Value(value), definition.FormatOf?.Invoke(value) ?? definition.Format);
    }
}
