namespace ItInventory.Web.Features.Interfaces;

/// <summary>Which interfaces to list, in which order, and which page; filters and paging run in the database.</summary>
public sealed record InterfaceQuery
{
    /// <summary>Interfaces from or to this product.</summary>
    public int? ProductId { get; init; }
    public int? SourceProductId { get; init; }
    public int? TargetProductId { get; init; }
    public int? StandardId { get; init; }
    /// <summary>True: only flows without a standard (proprietary); false: only flows with one.</summary>
    public bool? Proprietary { get; init; }
    /// <summary>True: only flows to external systems; false: only flows between products of the inventory.</summary>
    public bool? External { get; init; }
    /// <summary>Product names and numbers, the external system, the standard's code and the description.</summary>
    public string? Search { get; init; }
    public InterfaceSort Sort { get; init; } = InterfaceSort.Source;
    public bool Descending { get; init; }
    /// <summary>From 0.</summary>
    public int Page { get; init; }
    public int PageSize { get; init; } = 25;
}

public enum InterfaceSort { Source, Target, Standard }

/// <summary>An interface with the names of both sides and of its standard.</summary>
/// <param name="TargetProductId">The receiving product; null when the flow goes to <paramref name="ExternalSystem"/>.</param>
/// <param name="StandardId">Null for a proprietary flow.</param>
public sealed record InterfaceRow(
    int Id, Guid Version,
    int SourceProductId, string SourceInventoryNumber, string SourceProduct,
    int? TargetProductId, string? TargetInventoryNumber, string? TargetProduct, string? ExternalSystem,
    int? StandardId, string? StandardCode, string? Description);

public sealed record InterfacePage(IReadOnlyList<InterfaceRow> Rows, int TotalCount);
