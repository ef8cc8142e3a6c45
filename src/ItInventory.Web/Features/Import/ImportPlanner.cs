using System.Globalization;
using System.Text.RegularExpressions;
using ItInventory.Core.Domain;
using ItInventory.Core.Validation;
using ItInventory.Web.Features.Import.Parsing;

namespace ItInventory.Web.Features.Import;

/// <summary>
/// Reads and validates the data rows of one sheet against the lookups, entirely in memory, and decides each row's
/// outcome. Used for the preview and again inside the import's transaction, so both see the same rules.
/// </summary>
public sealed partial class ImportPlanner(ImportOptions options)
{
    private const int NameMaxLength = 200;
    private const int InventoryNumberMaxLength = 30;
    private const int DepartmentNumberMaxLength = 10;
    private const int DescriptionMaxLength = 2000;
    private const int NotesMaxLength = 4000;

    private static readonly HashSet<string> TotalWords = ["summe", "summen", "gesamt", "gesamtsumme", "zwischensumme", "total", "insgesamt"];
    private static readonly HashSet<string> Placeholders = ["-", "–", "—", "/", "?", "k.a.", "k. a.", "ka", "n.v.", "n/a", "na", "entfällt", "keine", "kein", "x"];

    public ImportPlan Plan(WorkbookData workbook, ImportSetup setup, ImportLookups lookups, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var sheet = SheetOf(workbook, setup);
        ValidateSetup(setup);
        var columns = setup.Columns.Where(c => c.Field != ImportField.Ignore).ToList();
        var dataRows = DataRows(sheet, setup.HeaderRow, columns);
        EnsureRowLimit(sheet.Name, dataRows.Count, options);

        var state = new PlanState(lookups, options);
        var rows = new List<ImportRow>(dataRows.Count);
        var lastPercent = -1;
        for (var i = 0; i < dataRows.Count; i++)
        {
            if ((i & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            rows.Add(ReadRow(sheet.Name, dataRows[i], columns, setup, state));
            var percent = (i + 1) * 100 / dataRows.Count;
            if (percent != lastPercent)
            {
                lastPercent = percent;
                progress?.Report(percent);
            }
        }

        AssignInventoryNumbers(rows, state);
        var active = rows.Where(r => r.Outcome is RowOutcome.Create or RowOutcome.Update).ToList();
        var newVendors = active.Select(r => r.Vendor).OfType<VendorRef>().Where(v => v.Id is null).Distinct().ToList();
        var newDepartments = active.Select(r => r.Department).OfType<DepartmentRef>().Where(d => d.Id is null).Distinct().ToList();
        var newCategories = active.Select(r => r.Category).OfType<CategoryRef>().Where(c => c.Id is null).Distinct().ToList();
        progress?.Report(100);
        return new ImportPlan(workbook.FileName, setup, rows, newVendors, newDepartments, newCategories);
    }

    public static SheetData SheetOf(WorkbookData workbook, ImportSetup setup) =>
        workbook.Sheets.FirstOrDefault(s => s.Name == setup.SheetName)
        ?? throw new ImportFileException($"Die Tabelle „{setup.SheetName}“ gibt es in der Datei „{workbook.FileName}“ nicht.");

    /// <summary>Rows below the header with a value in at least one mapped column; blank rows are not rows.</summary>
    public static List<SheetRow> DataRows(SheetData sheet, int headerRow, IReadOnlyList<ColumnAssignment> mapped) =>
        sheet.Rows.Where(r => r.Number > headerRow && mapped.Any(c => !r[c.Column].IsEmpty)).ToList();

    public static void EnsureRowLimit(string sheetName, int dataRows, ImportOptions options)
    {
        if (dataRows > options.MaxRows)
        {
            throw new ImportFileException(
                $"Die Tabelle „{sheetName}“ enthält {dataRows.ToString("N0", Formats.German)} Datenzeilen; erlaubt sind höchstens {options.MaxRows.ToString("N0", Formats.German)} je Import. Bitte teilen Sie die Datei auf.");
        }
    }

    /// <summary>Required fields must be mapped and every other field at most once; otherwise nothing can be checked.</summary>
    public static void ValidateSetup(ImportSetup setup)
    {
        var missing = setup.MissingRequired;
        if (missing.Count > 0)
        {
            var names = string.Join(", ", missing.Select(f => $"„{ImportFields.Label(f)}“"));
            throw new ImportFileException(missing.Count == 1
                ? $"Die Pflichtspalte {names} fehlt in Tabelle „{setup.SheetName}“ (Kopfzeile {setup.HeaderRow}). Bitte ordnen Sie ihr eine Spalte zu oder ergänzen Sie die Spalte in der Datei (siehe Importvorlage)."
                : $"Die Pflichtspalten {names} fehlen in Tabelle „{setup.SheetName}“ (Kopfzeile {setup.HeaderRow}). Bitte ordnen Sie ihnen Spalten zu oder ergänzen Sie die Spalten in der Datei (siehe Importvorlage).");
        }

        foreach (var group in setup.Columns.Where(c => c.Field is not ImportField.Ignore and not ImportField.Cost).GroupBy(c => c.Field).Where(g => g.Count() > 1))
        {
            throw new ImportFileException($"„{ImportFields.Label(group.Key)}“ ist mehreren Spalten zugeordnet ({string.Join(", ", group.Select(c => $"„{c.Header}“"))}). Bitte wählen Sie eine davon.");
        }

        var incomplete = setup.Columns.FirstOrDefault(c => c.Field == ImportField.Cost && !c.IsCost);
        if (incomplete is not null)
        {
            throw new ImportFileException($"Für die Kostenspalte „{incomplete.Header}“ fehlen Jahr, Kostenart oder Plan/Ist.");
        }
    }
}

internal static class DepartmentInfoExtensions
{
    public static string DisplayName(this ImportLookups.DepartmentInfo department) => $"{department.Number} {department.Name}";
}
