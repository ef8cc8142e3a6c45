using ItInventory.Core.Domain;
using ItInventory.Core.Domain.Tenants;

namespace ItInventory.Web.Data.Entities;

/// <summary>
/// An Excel import that left work behind: rows not written because of errors, or written but marked for a check.
/// It is kept with its report so that "Handlungsbedarf" points to it until someone says it is dealt with; clean
/// imports are not kept (the audit trail holds their writes). Not analysis data.
/// </summary>
public class ImportRun : Entity, ITenantOwned
{
    public const int FileNameLength = 260;
    public const int NoteLength = 500;

    public int TenantId { get; set; }
    public string FileName { get; set; } = "";
    public string ImportedBy { get; set; } = "";
    public DateTimeOffset ImportedAt { get; set; }
    public int Created { get; set; }
    public int Updated { get; set; }
    /// <summary>Rows written but marked for a check (e.g. a plausibility warning).</summary>
    public int Flagged { get; set; }
    /// <summary>Rows not written because of errors.</summary>
    public int Errors { get; set; }
    /// <summary>The import report (.xlsx) as the user could download it right after the import.</summary>
    public byte[] Report { get; set; } = [];
    public string ReportFileName { get; set; } = "";
    public DateTimeOffset? ResolvedAt { get; set; }
    public string? ResolvedBy { get; set; }
    /// <summary>What was done about the problems, said by whoever closed the run.</summary>
    public string? ResolvedNote { get; set; }
}
