using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Core.Domain;

namespace ItInventory.Web.Features.Products;

/// <summary>
/// Everything the product page shows about one product, read in one go. Each reference carries its id beside the
/// name, so the record (with <see cref="UsingDepartments"/>) holds every field of <see cref="ProductInput"/>: an API
/// client sends it back as the PUT body unchanged.
/// </summary>
public sealed record ProductDetails
{
    public required int Id { get; init; }
    public required Guid Version { get; init; }
    public required string InventoryNumber { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }
    public required int CategoryId { get; init; }
    public required string Category { get; init; }
    public required int OwnerDepartmentId { get; init; }
    public required string OwnerDepartment { get; init; }
    public required int VendorId { get; init; }
    public required string Vendor { get; init; }
    public required OperatorKind Operator { get; init; }
    public int? OperatorVendorId { get; init; }
    public string? OperatorVendor { get; init; }
    public required LifecycleStatus Lifecycle { get; init; }
    public int? UserCount { get; init; }
    public int? LicenceCount { get; init; }
    public required LicenceMetric LicenceMetric { get; init; }
    public required Criticality Criticality { get; init; }
    public int? InServiceSince { get; init; }
    public string? Notes { get; init; }

    public required bool ProprietaryDataFormat { get; init; }
    public required bool HasDocumentedApi { get; init; }
    public required bool HasOpenDataExport { get; init; }
    public required bool ExportCostsExtra { get; init; }
    public required int AlternativeProducts { get; init; }
    public decimal? EstimatedMigrationCost { get; init; }
    public required bool HasSourceCodeEscrow { get; init; }
    public required bool HostedOnlyByVendor { get; init; }
    public required bool BundledWithVendorSuite { get; init; }
    public required bool VendorForcedUpgrades { get; init; }
    public required bool EndOfLifeAnnounced { get; init; }
    public required bool KnowHowOnlyAtVendor { get; init; }

    public required IReadOnlyList<ProductDepartmentShare> UsingDepartments { get; init; }
    public required IReadOnlyList<ProductContractLink> Contracts { get; init; }
    public required IReadOnlyList<ProductStandardRow> Standards { get; init; }
    public required IReadOnlyList<ProductInterfaceRow> IncomingInterfaces { get; init; }
    public required IReadOnlyList<ProductInterfaceRow> OutgoingInterfaces { get; init; }
    public required IReadOnlyList<ProductCostLineRow> CostLines { get; init; }

    public ProductCostTable CostTable => ProductCostTable.From(CostLines);
}

public sealed record ProductDepartmentShare(int DepartmentId, string Department, decimal CostSharePercent, bool IsOwner);

/// <param name="RunState">Whether the contract runs, in the same words as on every page and in the API.</param>
public sealed record ProductContractLink(int Id, string ContractNumber, string Title, EvbItType EvbItType, ContractRunState RunState);

public sealed record ProductStandardRow(int Id, Guid Version, string Code, string Name, StandardKind Kind, SupportStatus Status, string? StandardVersion, Verification Verification, string? Note);

/// <summary>A data flow seen from this product: the other side is a product of the inventory or an external system.</summary>
public sealed record ProductInterfaceRow(int Id, Guid Version, int? OtherProductId, string OtherSide, string? Standard, string? Description);

public sealed record ProductCostLineRow(
    int Id, Guid Version, int FiscalYear, CostType CostType, CostKind Kind, decimal Amount, int? Quantity,
    int? ContractId, string? ContractNumber, string? InvoiceReference, string? Note, int? ReceivedInvoiceId = null);
