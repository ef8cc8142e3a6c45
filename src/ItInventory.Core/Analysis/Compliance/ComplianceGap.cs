using ItInventory.Core.Domain;

namespace ItInventory.Core.Analysis.Compliance;

/// <summary>A mandatory or binding standard of the product's category that the product does not fully implement.</summary>
/// <param name="Status">The recorded support status; null when the inventory has no entry for the standard.</param>
/// <param name="IsPartial">Partial support: a gap, but a smaller one (one severity level lower).</param>
/// <param name="Explanation">One German sentence with standard, requirement level, binding status and legal basis.</param>
public sealed record ComplianceGap(
    SubjectRef Product,
    int StandardId,
    string StandardCode,
    StandardKind? StandardKind,
    RequirementLevel Level,
    BindingStatus? BindingStatus,
    string? LegalBasis,
    SupportStatus? Status,
    bool IsPartial,
    string Explanation);
