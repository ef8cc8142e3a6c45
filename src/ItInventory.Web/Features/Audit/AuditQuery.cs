using ItInventory.Web.Data.Auditing;

namespace ItInventory.Web.Features.Audit;

public sealed record AuditQuery
{
    public string? UserName { get; init; }
    public string? EntityType { get; init; }
    public string? EntityId { get; init; }
    public AuditAction? Action { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public int Page { get; init; }
    public int PageSize { get; init; } = 50;
}

public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int TotalCount);
