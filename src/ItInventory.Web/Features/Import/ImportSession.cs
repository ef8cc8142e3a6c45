namespace ItInventory.Web.Features.Import;

/// <summary>An uploaded, checked and parsed workbook with the setup the import suggests for it.</summary>
public sealed class ImportSession(WorkbookData workbook, ImportSetup suggested)
{
    public WorkbookData Workbook { get; } = workbook;
    public ImportSetup Suggested { get; } = suggested;
    public string FileName => Workbook.FileName;
}
