using ItInventory.Web.Features.Import.Parsing;

namespace ItInventory.Web.Features.Import;

/// <summary>
/// Finds the header row: the first row that maps all required columns. Title rows, dates and blank rows above
/// it are normal in hand-kept sheets. Without such a row, the row that recognises the most columns is offered.
/// </summary>
public static class HeaderDetector
{
    /// <summary>Headers sit near the top; scanning further would mistake data for headers.</summary>
    public const int RowsToScan = 30;

    public sealed record Guess(int HeaderRow, IReadOnlyList<ColumnAssignment> Columns, int Recognized)
    {
        public bool IsComplete => ImportFields.Required.All(f => Columns.Any(c => c.Field == f));
    }

    public static Guess? Detect(SheetData sheet, int currentYear)
    {
        Guess? best = null;
        foreach (var row in sheet.Rows.Take(RowsToScan))
        {
            var columns = MapColumns(sheet, row.Number, currentYear);
            var recognized = columns.Count(c => c.Field != ImportField.Ignore);
            var guess = new Guess(row.Number, columns, recognized);
            if (guess.IsComplete)
            {
                return guess;
            }

            if (recognized >= 2 && (best is null || recognized > best.Recognized))
            {
                best = guess;
            }
        }

        return best;
    }

    /// <summary>Recognises each header cell; a field is taken by its first column only, costs may repeat.</summary>
    public static IReadOnlyList<ColumnAssignment> MapColumns(SheetData sheet, int headerRow, int currentYear)
    {
        var header = sheet.Rows.FirstOrDefault(r => r.Number == headerRow);
        var columns = new List<ColumnAssignment>();
        var taken = new HashSet<ImportField>();
        for (var column = 1; column <= sheet.ColumnCount; column++)
        {
            var text = header?[column].Display ?? "";
            var recognized = ColumnRecognizer.Recognize(text, currentYear);
            var label = text.Length == 0 ? $"Spalte {ColumnLetters(column)}" : text;
            if (recognized.Field == ImportField.Cost)
            {
                columns.Add(new ColumnAssignment(column, label, ImportField.Cost, recognized.Year, recognized.CostType, recognized.Kind));
            }
            else if (recognized.Field != ImportField.Ignore && taken.Add(recognized.Field))
            {
                columns.Add(new ColumnAssignment(column, label, recognized.Field));
            }
            else
            {
                columns.Add(new ColumnAssignment(column, label, ImportField.Ignore));
            }
        }

        return columns;
    }

    /// <summary>Excel's column name: 1 = A, 27 = AA.</summary>
    public static string ColumnLetters(int column)
    {
        var letters = "";
        while (column > 0)
        {
            var remainder = (column - 1) % 26;
            letters = (char)('A' + remainder) + letters;
            column = (column - 1) / 26;
        }

        return letters;
    }
}
