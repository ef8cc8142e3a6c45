using ItInventory.Core.Domain;

namespace ItInventory.Web.Features.Standards;

public sealed record StandardDetails(
    int Id,
    StandardInput Fields,
    IReadOnlyList<StandardSupportRow> Support,
    IReadOnlyList<StandardGapRow> Gaps,
    IReadOnlyList<StandardRequirementRow> RequiredBy);

/// <summary>What a product states about the standard.</summary>
public sealed record StandardSupportRow(
    int ProductId,
    string InventoryNumber,
    string ProductName,
    string Vendor,
    SupportStatus Status,
    string? StandardVersion,
    Verification Verification,
    string? Note);

/// <summary>A product whose category requires the standard (mandatory or binding) but which does not fully implement it.</summary>
public sealed record StandardGapRow(
    int ProductId,
    string InventoryNumber,
    string ProductName,
    string Vendor,
    string Category,
    RequirementLevel Level,
    LifecycleStatus Lifecycle,
    StandardGap Gap);

/// <summary>A product category that requires the standard, at the given level.</summary>
public sealed record StandardRequirementRow(string Category, RequirementLevel Level);
