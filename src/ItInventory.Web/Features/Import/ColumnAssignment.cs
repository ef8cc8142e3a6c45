using ItInventory.Core.Domain;

namespace ItInventory.Web.Features.Import;

/// <summary>One spreadsheet column (1-based, as Excel counts) and what it is imported as.</summary>
public sealed record ColumnAssignment(int Column, string Header, ImportField Field, int? Year = null, CostType? CostType = null, CostKind? Kind = null)
{
    public bool IsCost => Field == ImportField.Cost && Year is not null && CostType is not null && Kind is not null;

    public string Description => Field == ImportField.Cost && Year is { } year && CostType is { } type && Kind is { } kind
        ? $"Kosten {year} · {Labels.Of(type)} ({Labels.Of(kind)})"
        : ImportFields.Label(Field);
}
