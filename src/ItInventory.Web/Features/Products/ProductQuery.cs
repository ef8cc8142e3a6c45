using ItInventory.Core.Analysis.Prices;
using ItInventory.Core.Domain;

namespace ItInventory.Web.Features.Products;

/// <summary>What the product list shows: the filters, the sort and the page.</summary>
public sealed record ProductQuery
{
    public string? Search { get; init; }
    public int? DepartmentId { get; init; }
    public int? CategoryId { get; init; }
    public int? VendorId { get; init; }
    public OperatorKind? Operator { get; init; }
    public LifecycleStatus? Lifecycle { get; init; }
    /// <summary>Only products with a finding of this kind (price increase above the index, hard lock-in, compliance gap ...).</summary>
    public ItInventory.Core.Analysis.FindingKind? Finding { get; init; }
    /// <summary>The day the cost year and the findings are taken for; null means today.</summary>
    public DateOnly? AsOf { get; init; }
    public ProductSort Sort { get; init; } = ProductSort.Name;
    public bool Descending { get; init; }
    public int Page { get; init; }
    public int PageSize { get; init; } = 25;
}

public enum ProductSort { Name, InventoryNumber, Department, Vendor, Category, Lifecycle, CurrentCost, CostChange }

public sealed record ProductRow(
    int Id,
    string InventoryNumber,
    string Name,
    string Department,
    string Vendor,
    string Category,
    LifecycleStatus Lifecycle,
    decimal CurrentYearCost,
    decimal PreviousYearCost,
    ValueBasis? CurrentBasis = null)
{
    /// <summary>"Ist", "Plan" or "Ist/Plan" for the current year's figure; empty when nothing is booked or planned.</summary>
    public string CurrentBasisLabel => CurrentBasis is { } basis ? YearCostRule.Label(basis) : "";

    /// <summary>Change against the previous year as a fraction; null when there was no cost last year.</summary>
    public decimal? Change => PreviousYearCost == 0 ? null : CurrentYearCost / PreviousYearCost - 1m;
}

public sealed record ProductPage(IReadOnlyList<ProductRow> Rows, int TotalCount, int Year);
