namespace ItInventory.Web.Features.Import;

/// <summary>What to do with a row whose product (same name and vendor) already exists.</summary>
public enum DuplicateHandling
{
    /// <summary>Leave the existing product alone.</summary>
    Skip,
    /// <summary>Overwrite the existing product with the row's non-empty values.</summary>
    Update,
    /// <summary>Leave the values alone but note the differences on the product for review.</summary>
    Flag,
}

/// <summary>The user's choices in the wizard: sheet, header row, column mapping and duplicate handling.</summary>
public sealed record ImportSetup(
    string SheetName,
    int HeaderRow,
    IReadOnlyList<ColumnAssignment> Columns,
    DuplicateHandling Duplicates = DuplicateHandling.Skip,
    bool SkipRowsWithErrors = false)
{
    public IReadOnlyList<ImportField> MissingRequired =>
        ImportFields.Required.Where(f => Columns.All(c => c.Field != f)).ToList();

    public static string LabelOf(DuplicateHandling handling) => handling switch
    {
        DuplicateHandling.Skip => "überspringen",
        DuplicateHandling.Update => "aktualisieren",
        DuplicateHandling.Flag => "markieren (zur Prüfung vormerken)",
        _ => handling.ToString(),
    };
}
