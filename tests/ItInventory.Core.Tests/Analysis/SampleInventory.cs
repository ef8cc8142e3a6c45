using ItInventory.Core.Analysis;
using ItInventory.Core.Domain;
using ItInventory.Core.Tests.Analysis.Prices;

namespace ItInventory.Core.Tests.Analysis;

/// <summary>A small fictional inventory (vendors and prices invented; standards, departments, VPI real).</summary>
internal sealed class SampleInventory
{
    public Vendor Kommunalsoft { get; } = new() { Id = 1, Name = "Kommunalsoft GmbH", Country = "DE" };
    public Vendor Cloudcorp { get; } = new() { Id = 2, Name = "Cloudcorp Inc.", Country = "US" };

    public Department Buergeramt { get; } = new() { Id = 33, Number = "33", Name = "Bürgeramt" };
    public Department Standesamt { get; } = new() { Id = 34, Number = "34", Name = "Standesamt" };
    public Department Hauptamt { get; } = new() { Id = 10, Number = "10", Name = "Hauptamt" };

    public Standard XMeld { get; } = new() { Id = 1, Code = "XMeld", Kind = StandardKind.MessageFormat, BindingStatus = BindingStatus.MandatoryByLaw, LegalBasis = "BMeldDÜV" };
    public Standard XPersonenstand { get; } = new() { Id = 5, Code = "XPersonenstand", Kind = StandardKind.MessageFormat, BindingStatus = BindingStatus.MandatoryByLaw, LegalBasis = "PStG/PStV" };
    public Standard FitConnect { get; } = new() { Id = 4, Code = "FIT-Connect", Kind = StandardKind.ServiceApi, BindingStatus = BindingStatus.Recommended };

    public ProductCategory Ewo { get; } = new() { Id = 1, Name = "Einwohnermeldewesen", Requirements = [new() { StandardId = 1, Level = RequirementLevel.Mandatory }] };
    public ProductCategory Psw { get; } = new() { Id = 2, Name = "Personenstandswesen", Requirements = [new() { StandardId = 5, Level = RequirementLevel.Mandatory }] };
    public ProductCategory Termine { get; } = new() { Id = 3, Name = "Terminvergabe" };

    /// <summary>3-year minimum term from 2022, tacit yearly renewal, 3 months to the end of term, index clause.</summary>
    public Contract MeldewesenPflege { get; } = new()
    {
        Id = 1, ContractNumber = "V-2022-01", Title = "Pflege Meldewesen", VendorId = 1, Start = new DateOnly(2022, 1, 1),
        TermKind = ContractTermKind.Renewing, MinimumTermMonths = 36, RenewalPeriodMonths = 12, TacitRenewal = true,
        NoticePeriodMonths = 3, PriceAdjustment = PriceAdjustmentKind.IndexLinked,
    };

    public Contract StandesamtPflege { get; } = new()
    {
        Id = 2, ContractNumber = "V-2019-04", Title = "Pflege Standesamt", VendorId = 1, Start = new DateOnly(2019, 1, 1),
        TermKind = ContractTermKind.OpenEnded, NoticePeriodMonths = 6, NoticeReference = NoticeReference.EndOfYear,
        PriceAdjustment = PriceAdjustmentKind.FixedPercent, PriceAdjustmentPercent = 3m,
    };

    public Product Meldewesen { get; }
    public Product StandesamtAlt { get; }
    public Product TerminCloud { get; }
    public Product Retired { get; }
    public List<CostLine> CostLines { get; }

    public SampleInventory()
    {
        Meldewesen = new Product
        {
            Id = 1, Name = "Meldewesen Pro", CategoryId = 1, VendorId = 1, OwnerDepartmentId = 33,
            HasDocumentedApi = true, HasOpenDataExport = true, AlternativeProducts = 3, HasSourceCodeEscrow = true,
            StandardSupport = [new() { StandardId = 1, Status = SupportStatus.Supported }],
            UsingDepartments = [new() { DepartmentId = 33, CostSharePercent = 80m }, new() { DepartmentId = 10, CostSharePercent = 20m }],
        };
        StandesamtAlt = new Product
        {
            Id = 2, Name = "Standesamt Alt", CategoryId = 2, VendorId = 1, OwnerDepartmentId = 34,
            ProprietaryDataFormat = true, AlternativeProducts = 0, KnowHowOnlyAtVendor = true,
            StandardSupport = [new() { StandardId = 5, Status = SupportStatus.NotSupported }],
        };
        TerminCloud = new Product
        {
            Id = 3, Name = "Termin Cloud", CategoryId = 3, VendorId = 2, OwnerDepartmentId = 33, Operator = OperatorKind.VendorSaaS,
            HasDocumentedApi = true, HasOpenDataExport = true, AlternativeProducts = 6, HostedOnlyByVendor = true,
            StandardSupport = [new() { StandardId = 4, Status = SupportStatus.Supported }],
        };
        Retired = new Product
        {
            Id = 4, Name = "Altverfahren", CategoryId = 2, VendorId = 1, OwnerDepartmentId = 34, Lifecycle = LifecycleStatus.Retired,
            ProprietaryDataFormat = true, AlternativeProducts = 0,
        };
        MeldewesenPflege.Products = [Meldewesen];
        StandesamtPflege.Products = [StandesamtAlt];

        CostLines =
        [
            // Meldewesen: +13 % in 2024 under an index clause.
            Line(1, 2023, 40_000m, contract: 1), Line(1, 2024, 45_200m, contract: 1),
            // Standesamt: +3 % a year, as agreed; a 2026 plan (+83 %) that an as-of in 2024 must not see yet.
            Line(2, 2022, 20_000m), Line(2, 2023, 20_600m), Line(2, 2024, 21_218m),
            Line(2, 2025, 21_854.54m, kind: CostKind.Plan), Line(2, 2026, 40_000m, kind: CostKind.Plan),
            Line(3, 2023, 6_000m, CostType.Subscription), Line(3, 2024, 6_100m, CostType.Subscription),
            Line(4, 2023, 9_000m), Line(4, 2024, 19_000m),
        ];
    }

    private static CostLine Line(int product, int year, decimal amount, CostType type = CostType.Maintenance, int? contract = null, CostKind kind = CostKind.Actual) =>
        new() { ProductId = product, FiscalYear = year, CostType = type, Kind = kind, Amount = amount, ContractId = contract };

    /// <summary>Flat lists linked by ids, as a repository would load them without Include.</summary>
    public InventorySnapshot ByIds() => new()
    {
        Products = [Meldewesen, StandesamtAlt, TerminCloud, Retired],
        Vendors = [Kommunalsoft, Cloudcorp],
        Contracts = [MeldewesenPflege, StandesamtPflege],
        CostLines = CostLines,
        Categories = [Ewo, Psw, Termine],
        Standards = [XMeld, XPersonenstand, FitConnect],
        Departments = [Buergeramt, Standesamt, Hauptamt],
        PriceIndex = Vpi.Values,
    };

    /// <summary>The same data reachable only through navigation properties, as after EF Include.</summary>
    public InventorySnapshot ByNavigation()
    {
        foreach (var product in new[] { Meldewesen, StandesamtAlt, TerminCloud, Retired })
        {
            product.Vendor = product.VendorId == 1 ? Kommunalsoft : Cloudcorp;
            product.Category = product.CategoryId switch { 1 => Ewo, 2 => Psw, _ => Termine };
            product.CostLines = CostLines.Where(l => l.ProductId == product.Id).ToList();
            product.OwnerDepartment = new[] { Buergeramt, Standesamt, Hauptamt }.Single(d => d.Id == product.OwnerDepartmentId);
            foreach (var support in product.StandardSupport)
                support.Standard = new[] { XMeld, XPersonenstand, FitConnect }.Single(s => s.Id == support.StandardId);
            foreach (var user in product.UsingDepartments)
                user.Department = new[] { Buergeramt, Standesamt, Hauptamt }.Single(d => d.Id == user.DepartmentId);
        }
        foreach (var requirement in new[] { Ewo, Psw, Termine }.SelectMany(c => c.Requirements))
            requirement.Standard = new[] { XMeld, XPersonenstand, FitConnect }.Single(s => s.Id == requirement.StandardId);
        Meldewesen.Contracts = [MeldewesenPflege];
        StandesamtAlt.Contracts = [StandesamtPflege];
        return new InventorySnapshot { Products = [Meldewesen, StandesamtAlt, TerminCloud, Retired], PriceIndex = Vpi.Values };
    }
}
