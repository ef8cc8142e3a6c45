using ItInventory.Core.Domain;

namespace ItInventory.Web.Features.Costs;

/// <summary>
/// Copy one year's plan or actuals into the next year's plan, raised or lowered by a percentage.
/// Products that already have plan lines in the target year are either skipped or make the whole run refuse.
/// </summary>
public sealed record NextYearPlanRequest
{
    public int SourceYear { get; init; }
    public CostKind Source { get; init; } = CostKind.Actual;
    /// <summary>Change in percent, e.g. 3 for +3 %.</summary>
    public decimal Percent { get; init; }
    public string? ProductSearch { get; init; }
    public int? DepartmentId { get; init; }
    public int? VendorId { get; init; }
    public CostType? CostType { get; init; }
    /// <summary>When false, existing plan lines in the target year make the run refuse instead of skipping those products.</summary>
    public bool SkipAlreadyPlanned { get; init; } = true;
    /// <summary>Licence purchases are one-off investments and are not carried forward unless asked for.</summary>
    public bool IncludeLicencePurchases { get; init; }

    public int TargetYear => SourceYear + 1;
}

/// <summary>One product in the preview: what it cost in the source year and what will be planned.</summary>
public sealed record NextYearPlanRow(int ProductId, string InventoryNumber, string ProductName, int Lines, decimal SourceAmount, decimal NewAmount, bool AlreadyPlanned);

public sealed record NextYearPlanPreview(NextYearPlanRequest Request, IReadOnlyList<NextYearPlanRow> Rows)
{
    public IEnumerable<NextYearPlanRow> ToCreate => Rows.Where(r => !r.AlreadyPlanned);
    public int AlreadyPlannedCount => Rows.Count(r => r.AlreadyPlanned);
    public decimal SourceTotal => ToCreate.Sum(r => r.SourceAmount);
    /// <summary>The sum of the rounded new lines: exactly what will be saved.</summary>
    public decimal NewTotal => ToCreate.Sum(r => r.NewAmount);
    public int LineCount => ToCreate.Sum(r => r.Lines);
}

public sealed record NextYearPlanResult(int TargetYear, int Products, int Lines, decimal Total);
