using ItInventory.Core.Analysis;

namespace ItInventory.Web.Features.Findings;

public sealed record FindingFilter
{
    public FindingKind? Kind { get; init; }
    public Severity? MinimumSeverity { get; init; }
    public int? DepartmentId { get; init; }
    public int? VendorId { get; init; }
    public int? ProductId { get; init; }
    public FindingSort Sort { get; init; } = FindingSort.Severity;
    public DateOnly? AsOf { get; init; }
}

public enum FindingSort { Severity, Impact, DueDate }
