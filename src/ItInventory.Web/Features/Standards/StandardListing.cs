using ItInventory.Core.Domain;

namespace ItInventory.Web.Features.Standards;

/// <summary>What the catalogue shows: filters by kind and binding status, and a text search.</summary>
public sealed record StandardQuery(StandardKind? Kind = null, BindingStatus? BindingStatus = null, string? Search = null);

/// <summary>A standard in the catalogue with how many products implement it and how many should but do not.</summary>
public sealed record StandardListRow(
    int Id,
    string Code,
    string Name,
    StandardKind Kind,
    BindingStatus BindingStatus,
    string? LegalBasis,
    string? Maintainer,
    int SupportingProducts,
    int RequiredButMissing);
