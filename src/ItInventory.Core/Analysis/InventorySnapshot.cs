using ItInventory.Core.Domain;

namespace ItInventory.Core.Analysis;

/// <summary>
/// The inventory data the analysis runs on: flat lists linked by ids, as loaded from the database. Navigation
/// properties may be filled as well (EF Include); both are used, and the same entity reached twice counts once.
/// Product–contract links are taken from Product.Contracts, Contract.Products and cost lines' ContractId.
/// </summary>
public sealed record InventorySnapshot
{
    public IReadOnlyList<Product> Products { get; init; } = [];
    public IReadOnlyList<Vendor> Vendors { get; init; } = [];
    public IReadOnlyList<Contract> Contracts { get; init; } = [];
    public IReadOnlyList<CostLine> CostLines { get; init; } = [];
    public IReadOnlyList<ProductCategory> Categories { get; init; } = [];
    public IReadOnlyList<Standard> Standards { get; init; } = [];
    public IReadOnlyList<Department> Departments { get; init; } = [];
    public IReadOnlyList<PriceIndexValue> PriceIndex { get; init; } = [];
    /// <summary>The city's services with their product links (<see cref="CityServiceProduct.Product"/> filled).</summary>
    public IReadOnlyList<CityService> CityServices { get; init; } = [];
    public IReadOnlyList<DataInterface> Interfaces { get; init; } = [];
}
