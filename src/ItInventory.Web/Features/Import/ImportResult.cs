namespace ItInventory.Web.Features.Import;

/// <summary>A finished import: the counts for the result page and the id of its downloadable report.</summary>
public sealed record ImportResult(
    Guid ReportId,
    string FileName,
    int Created,
    int Updated,
    int Skipped,
    int Flagged,
    int Errors,
    int NewVendors,
    int NewDepartments,
    int NewCategories,
    TimeSpan Duration)
{
    public string ReportUrl => $"/import/bericht/{ReportId}";
}
