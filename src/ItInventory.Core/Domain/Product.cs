using ItInventory.Core.Domain.Tenants;

namespace ItInventory.Core.Domain;

/// <summary>A software product in use ("Fachverfahren") with the facts that lock-in analysis needs.</summary>
public class Product : Entity, ITenantOwned
{
    public int TenantId { get; set; }

    /// <summary>The city's own inventory number, e.g. "FV-0042".</summary>
    public string InventoryNumber { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }

    public int CategoryId { get; set; }
    public ProductCategory? Category { get; set; }
    public int OwnerDepartmentId { get; set; }
    public Department? OwnerDepartment { get; set; }
    public int VendorId { get; set; }
    public Vendor? Vendor { get; set; }

    public OperatorKind Operator { get; set; }
    /// <summary>The data centre or vendor that runs the product, when it is not run in-house.</summary>
    public int? OperatorVendorId { get; set; }
    public Vendor? OperatorVendor { get; set; }

    public LifecycleStatus Lifecycle { get; set; } = LifecycleStatus.Active;
    public int? UserCount { get; set; }
    public int? LicenceCount { get; set; }
    public LicenceMetric LicenceMetric { get; set; }
    public Criticality Criticality { get; set; } = Criticality.Medium;
    public int? InServiceSince { get; set; }
    /// <summary>A planned product's first day in service; its projected cost starts then.</summary>
    public DateOnly? PlannedStart { get; set; }
    /// <summary>The planned last day in service (phase-out); its projected cost stops after it.</summary>
    public DateOnly? PlannedEnd { get; set; }

    /// <summary>Budget product overriding the owning department's, where this product is planned elsewhere.</summary>
    public string? BudgetProduct { get; set; }
    /// <summary>Sachkonto overriding the cost type's and the department's for all of this product's costs.</summary>
    public string? BudgetAccount { get; set; }

    // Lock-in facts (indicators L1-L13 of the domain brief).
    /// <summary>L1: data is stored only in a proprietary format.</summary>
    public bool ProprietaryDataFormat { get; set; }
    /// <summary>L2: a documented API (OpenAPI, WSDL, XÖV interface) exists.</summary>
    public bool HasDocumentedApi { get; set; }
    /// <summary>L3: a full export in a machine-readable format is available.</summary>
    public bool HasOpenDataExport { get; set; }
    /// <summary>L3: the export is charged extra.</summary>
    public bool ExportCostsExtra { get; set; }
    /// <summary>L4: number of alternative products on the market for this purpose.</summary>
    public int AlternativeProducts { get; set; }
    /// <summary>L6: estimated one-off cost of migrating away, in EUR.</summary>
    public decimal? EstimatedMigrationCost { get; set; }
    /// <summary>L7: source code is held in escrow or open.</summary>
    public bool HasSourceCodeEscrow { get; set; }
    /// <summary>L8: runs only at the vendor; no choice of operator.</summary>
    public bool HostedOnlyByVendor { get; set; }
    /// <summary>L9: bundled with other products of the same vendor.</summary>
    public bool BundledWithVendorSuite { get; set; }
    /// <summary>L11: the vendor forces version upgrades.</summary>
    public bool VendorForcedUpgrades { get; set; }
    /// <summary>L11: end of life has been announced.</summary>
    public bool EndOfLifeAnnounced { get; set; }
    /// <summary>L13: operating know-how exists only at the vendor.</summary>
    public bool KnowHowOnlyAtVendor { get; set; }

    public string? Notes { get; set; }
    /// <summary>
    /// Percent of input VAT the city may deduct for this product (a Betrieb gewerblicher Art, § 2b UStG); null or 0:
    /// the gross is the cost, as for the core administration.
    /// </summary>
    public int? DeductibleVatPercent { get; set; }

    /// <summary>The shared market product this is, as the city decided (suggested by name and vendor); null: not linked.</summary>
    public int? MarketProductId { get; set; }
    public Market.MarketProduct? MarketProduct { get; set; }

    public List<ProductDepartment> UsingDepartments { get; set; } = [];
    public List<ProductStandardSupport> StandardSupport { get; set; } = [];
    public List<CostLine> CostLines { get; set; } = [];
    public List<Contract> Contracts { get; set; } = [];
}

/// <summary>A department that uses a product and carries the given share of its cost.</summary>
public class ProductDepartment : ITenantOwned
{
    public int TenantId { get; set; }

    public int ProductId { get; set; }
    public Product? Product { get; set; }
    public int DepartmentId { get; set; }
    public Department? Department { get; set; }
    public decimal CostSharePercent { get; set; }
}

/// <summary>Whether and how a product implements a standard.</summary>
public class ProductStandardSupport : Entity, ITenantOwned
{
    public int TenantId { get; set; }

    public int ProductId { get; set; }
    public Product? Product { get; set; }
    public int StandardId { get; set; }
    public Standard? Standard { get; set; }
    public SupportStatus Status { get; set; }
    public string? StandardVersion { get; set; }
    public Verification Verification { get; set; }
    public string? Note { get; set; }
}
