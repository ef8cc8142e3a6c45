namespace ItInventory.Web.Features.Reports;

/// <summary>One sheet of a report: a title block (the report's title, <paramref name="Subtitle"/>, notes), then one table.</summary>
public sealed class ReportSheet(string name, string? subtitle, IReadOnlyList<string> notes)
{
    /// <summary>The name without the characters Excel forbids in sheet names, cut to Excel's 31 characters.</summary>
    public string Name { get; } = Clean(name);

    public string? Subtitle { get; } = subtitle;

    /// <summary>Lines under the title block: filters, assumptions.</summary>
    public IReadOnlyList<string> Notes { get; } = notes;

    /// <summary>The sheet's table; null until the report sets it.</summary>
    public ReportTable? Data { get; private set; }

    /// <summary>The row of the table's header: title, creation line, the notes, one empty row.</summary>
    public int HeaderRow => 3 + Notes.Count + 1;

    /// <summary>Sets the sheet's table and returns its number of rows.</summary>
    public int Table<T>(IReadOnlyList<T> rows, IReadOnlyList<ReportColumn<T>> columns)
    {
        if (Data is not null)
            throw new InvalidOperationException($"Das Blatt „{Name}“ hat schon eine Tabelle.");
        Data = new ReportTable<T>(rows, columns);
        return rows.Count;
    }

    private static string Clean(string name)
    {
        var clean = new string(name.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\')).ToArray()).Trim('\'');
        return clean.Length > 31 ? clean[..31] : clean;
    }
}
