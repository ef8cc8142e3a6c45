using System.Globalization;

namespace ItInventory.Web.Features.Import;

public enum CellKind { Empty, Text, Number, Date, Boolean }

/// <summary>One cell as Excel stored it: typed numbers and dates stay typed, text stays as typed.</summary>
public readonly record struct CellValue(CellKind Kind, string Text, double Number, DateTime Date)
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static readonly CellValue Empty = new(CellKind.Empty, "", 0, default);

    public static CellValue FromText(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        return trimmed.Length == 0 ? Empty : new CellValue(CellKind.Text, trimmed, 0, default);
    }

    public static CellValue FromNumber(double number) => new(CellKind.Number, "", number, default);

    public static CellValue FromDate(DateTime date) => new(CellKind.Date, "", 0, date);

    public static CellValue FromBoolean(bool value) => new(CellKind.Boolean, value ? "WAHR" : "FALSCH", 0, default);

    public bool IsEmpty => Kind == CellKind.Empty;

    /// <summary>The value as the user sees it in Excel; used for names, numbers typed as text and messages.</summary>
    public string Display => Kind switch
    {
        CellKind.Text or CellKind.Boolean => Text,
        CellKind.Number => Number.ToString("0.##########", German),
        CellKind.Date => Date.TimeOfDay == TimeSpan.Zero ? Date.ToString("dd.MM.yyyy", German) : Date.ToString("dd.MM.yyyy HH:mm", German),
        _ => "",
    };
}

/// <summary>A non-empty row of a sheet, with its row number as Excel shows it.</summary>
public sealed record SheetRow(int Number, CellValue[] Cells)
{
    public CellValue this[int column] => column >= 1 && column <= Cells.Length ? Cells[column - 1] : CellValue.Empty;
}

/// <summary>A worksheet's non-empty rows, read once into memory.</summary>
public sealed record SheetData(string Name, IReadOnlyList<SheetRow> Rows, int ColumnCount);

public sealed record WorkbookData(string FileName, IReadOnlyList<SheetData> Sheets);
