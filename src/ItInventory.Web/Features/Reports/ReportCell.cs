using System.Globalization;

namespace ItInventory.Web.Features.Reports;

public enum ReportCellKind
{
    Empty,
    Text,
    Number,
    Date,
}

/// <summary>
/// One value of a report table as it goes into a cell, decided once for both workbook writers: text stays text
/// (codes such as "00123" keep their zeros, yes/no facts read "ja"/"nein"), money and counts are numbers, dates are dates.
/// </summary>
/// <param name="Format">The format the cell is shown with.</param>
/// <param name="DisplayLength">How many characters the value shows, for the column width.</param>
public readonly record struct ReportCell(ReportCellKind Kind, CellFormat Format, string? Text, decimal Number, DateTime Date, int DisplayLength)
{
    /// <summary>Excel's limit for one cell's text.</summary>
    public const int MaxTextLength = 32_767;

    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static ReportCell From(object? value, CellFormat format) => value switch
    {
        null => default,
        string text => OfText(text),
        DateOnly date => OfDate(date.ToDateTime(TimeOnly.MinValue)),
        DateTime dateTime => OfDate(dateTime),
        bool flag => OfText(flag ? "ja" : "nein"),
        int number when format is CellFormat.Text or CellFormat.Code => OfText(number.ToString(CultureInfo.InvariantCulture)),
        int number => new(ReportCellKind.Number, format, null, number, default, DisplayLengthOf(number, format)),
        decimal amount => new(ReportCellKind.Number, format, null, amount, default, DisplayLengthOf(amount, format)),
        _ => OfText(Convert.ToString(value, German) ?? ""),
    };

    private static ReportCell OfText(string text) => text.Length == 0
        ? default
        : new(ReportCellKind.Text, CellFormat.Text, text.Length > MaxTextLength ? text[..MaxTextLength] : text, 0m, default, LongestLine(text));

    /// <summary>
    /// Excel counts dates from 1900 and takes 1900 for a leap year, so its first two months are a day off; ClosedXML
    /// refuses earlier dates. An implausible date such as 01.01.0001 is written as the German text of the stored
    /// value: the reader sees exactly what is wrong and can correct it, where a clamped date would look real.
    /// </summary>
    private static readonly DateTime FirstExcelDate = new(1900, 3, 1);

    private static ReportCell OfDate(DateTime date) => date < FirstExcelDate
        ? OfText(date.ToString("dd.MM.yyyy", German))
        : new(ReportCellKind.Date, CellFormat.Date, null, 0m, date, 10);

    private static int DisplayLengthOf(decimal value, CellFormat format) => format switch
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
}
