using ItInventory.Core.Domain;

namespace ItInventory.Web.Features.Costs;

/// <summary>What the cost list shows: the filters, the sort and the page.</summary>
public sealed record CostLineQuery
{
    public int? Year { get; init; }
    /// <summary>Part of a product's name or inventory number.</summary>
    public string? ProductSearch { get; init; }
    public int? ProductId { get; init; }
    /// <summary>Lines of products the department owns or uses.</summary>
    public int? DepartmentId { get; init; }
    /// <summary>Lines of the vendor's products.</summary>
    public int? VendorId { get; init; }
    public CostType? CostType { get; init; }
    public CostKind? Kind { get; init; }
    public CostLineSort Sort { get; init; } = CostLineSort.Year;
    public bool Descending { get; init; } = true;
    public int Page { get; init; }
    public int PageSize { get; init; } = 25;
}

public enum CostLineSort { Year, Product, CostType, Kind, Amount }

public sealed record CostLineRow(
    int Id,
    Guid Version,
    int ProductId,
    string InventoryNumber,
    string ProductName,
    int FiscalYear,
    CostType CostType,
    CostKind Kind,
    decimal Amount,
    string? ContractNumber,
    string? InvoiceReference,
    int? ReceivedInvoiceId = null);

/// <summary>One page of cost lines and the plan and actual totals of everything the filter matches.</summary>
public sealed record CostLinePage(IReadOnlyList<CostLineRow> Rows, int TotalCount, decimal PlanTotal, decimal ActualTotal);
