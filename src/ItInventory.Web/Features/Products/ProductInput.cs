using ItInventory.Core.Domain;
using ItInventory.Core.Validation;

namespace ItInventory.Web.Features.Products;

/// <summary>
/// What the product form edits. Mutable so form fields can bind to it; the service validates it as a whole.
/// <see cref="Version"/> is the version the user loaded, so a concurrent save by someone else is detected.
/// </summary>
public sealed class ProductInput
{
    public Guid Version { get; set; }
    public string InventoryNumber { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public int? CategoryId { get; set; }
    public int? OwnerDepartmentId { get; set; }
    public int? VendorId { get; set; }
    public OperatorKind Operator { get; set; } = OperatorKind.InHouse;
    public int? OperatorVendorId { get; set; }
    public LifecycleStatus Lifecycle { get; set; } = LifecycleStatus.Active;
    public int? UserCount { get; set; }
    public int? LicenceCount { get; set; }
    public LicenceMetric LicenceMetric { get; set; } = LicenceMetric.NamedUser;
    public Criticality Criticality { get; set; } = Criticality.Medium;
    public int? InServiceSince { get; set; }
    /// <summary>A planned product's first day in service; optional.</summary>
    public DateOnly? PlannedStart { get; set; }
    /// <summary>The planned last day in service (phase-out); optional.</summary>
    public DateOnly? PlannedEnd { get; set; }
    /// <summary>Budget product overriding the owning department's; optional.</summary>
    public string? BudgetProduct { get; set; }
    /// <summary>Sachkonto overriding the cost type's and the department's; optional.</summary>
    public string? BudgetAccount { get; set; }
    public string? Notes { get; set; }

    public bool ProprietaryDataFormat { get; set; }
    public bool HasDocumentedApi { get; set; }
    public bool HasOpenDataExport { get; set; }
    public bool ExportCostsExtra { get; set; }
    public int AlternativeProducts { get; set; }
    public decimal? EstimatedMigrationCost { get; set; }
    public bool HasSourceCodeEscrow { get; set; }
    public bool HostedOnlyByVendor { get; set; }
    public bool BundledWithVendorSuite { get; set; }
    public bool VendorForcedUpgrades { get; set; }
    public bool EndOfLifeAnnounced { get; set; }
    public bool KnowHowOnlyAtVendor { get; set; }

    public List<DepartmentShareInput> UsingDepartments { get; set; } = [];

    /// <summary>The field key of one using-department row, as used in validation messages.</summary>
    public static string ShareField(int index) => $"{nameof(UsingDepartments)}[{index}].{nameof(DepartmentShareInput.CostSharePercent)}";

    public static string ShareDepartmentField(int index) => $"{nameof(UsingDepartments)}[{index}].{nameof(DepartmentShareInput.DepartmentId)}";

    public static ProductInput From(Product product) => new()
    {
        Version = product.Version,
        InventoryNumber = product.InventoryNumber,
        Name = product.Name,
        Description = product.Description,
        CategoryId = product.CategoryId,
        OwnerDepartmentId = product.OwnerDepartmentId,
        VendorId = product.VendorId,
        Operator = product.Operator,
        OperatorVendorId = product.OperatorVendorId,
        Lifecycle = product.Lifecycle,
        UserCount = product.UserCount,
        LicenceCount = product.LicenceCount,
        LicenceMetric = product.LicenceMetric,
        Criticality = product.Criticality,
        InServiceSince = product.InServiceSince,
        PlannedStart = product.PlannedStart,
        PlannedEnd = product.PlannedEnd,
        BudgetProduct = product.BudgetProduct,
        BudgetAccount = product.BudgetAccount,
        Notes = product.Notes,
        ProprietaryDataFormat = product.ProprietaryDataFormat,
        HasDocumentedApi = product.HasDocumentedApi,
        HasOpenDataExport = product.HasOpenDataExport,
        ExportCostsExtra = product.ExportCostsExtra,
        AlternativeProducts = product.AlternativeProducts,
        EstimatedMigrationCost = product.EstimatedMigrationCost,
        HasSourceCodeEscrow = product.HasSourceCodeEscrow,
        HostedOnlyByVendor = product.HostedOnlyByVendor,
        BundledWithVendorSuite = product.BundledWithVendorSuite,
        VendorForcedUpgrades = product.VendorForcedUpgrades,
        EndOfLifeAnnounced = product.EndOfLifeAnnounced,
        KnowHowOnlyAtVendor = product.KnowHowOnlyAtVendor,
        UsingDepartments = product.UsingDepartments
            .OrderByDescending(d => d.CostSharePercent)
            .Select(d => new DepartmentShareInput { DepartmentId = d.DepartmentId, CostSharePercent = d.CostSharePercent })
            .ToList(),
    };

    /// <summary>Copies the edited values onto the entity; using departments are reconciled by the service.</summary>
    public void ApplyTo(Product product)
    {
        product.InventoryNumber = NameRules.Clean(InventoryNumber);
        product.Name = NameRules.Clean(Name);
        product.Description = Blank(Description);
        product.CategoryId = CategoryId!.Value;
        product.OwnerDepartmentId = OwnerDepartmentId!.Value;
        product.VendorId = VendorId!.Value;
        product.Operator = Operator;
        // An in-house product has no external operator, whatever the form still holds.
        product.OperatorVendorId = Operator == OperatorKind.InHouse ? null : OperatorVendorId;
        product.Lifecycle = Lifecycle;
        product.UserCount = UserCount;
        product.LicenceCount = LicenceCount;
        product.LicenceMetric = LicenceMetric;
        product.Criticality = Criticality;
        product.InServiceSince = InServiceSince;
        product.PlannedStart = PlannedStart;
        product.PlannedEnd = PlannedEnd;
        product.BudgetProduct = BudgetKeyRules.Clean(BudgetProduct);
        product.BudgetAccount = BudgetKeyRules.Clean(BudgetAccount);
        product.Notes = Blank(Notes);
        product.ProprietaryDataFormat = ProprietaryDataFormat;
        product.HasDocumentedApi = HasDocumentedApi;
        product.HasOpenDataExport = HasOpenDataExport;
        product.ExportCostsExtra = ExportCostsExtra;
        product.AlternativeProducts = AlternativeProducts;
        product.EstimatedMigrationCost = EstimatedMigrationCost;
        product.HasSourceCodeEscrow = HasSourceCodeEscrow;
        product.HostedOnlyByVendor = HostedOnlyByVendor;
        product.BundledWithVendorSuite = BundledWithVendorSuite;
        product.VendorForcedUpgrades = VendorForcedUpgrades;
        product.EndOfLifeAnnounced = EndOfLifeAnnounced;
        product.KnowHowOnlyAtVendor = KnowHowOnlyAtVendor;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>A department that uses the product and the share of its cost it carries, in percent.</summary>
public sealed class DepartmentShareInput
{
    public int? DepartmentId { get; set; }
    public decimal? CostSharePercent { get; set; }
}
