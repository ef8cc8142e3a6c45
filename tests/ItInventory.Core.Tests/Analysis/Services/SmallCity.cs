using ItInventory.Core.Domain;

namespace ItInventory.Core.Tests.Analysis.Services;

/// <summary>A hand-built city of six services, small enough to count every figure by hand.</summary>
internal static class SmallCity
{
    public static readonly Standard XMeld = new() { Id = 1, Code = "XMELD", Name = "XMeld", Kind = StandardKind.MessageFormat };
    public static readonly Standard FitConnect = new() { Id = 2, Code = "FIT-CONNECT", Name = "FIT-Connect", Kind = StandardKind.ServiceApi };

    public static readonly Vendor Meldewerk = new() { Id = 1, Name = "Meldewerk GmbH" };
    public static readonly Vendor PortalHaus = new() { Id = 2, Name = "PortalHaus AG" };
    public static readonly Vendor Gewerbesoft = new() { Id = 3, Name = "Gewerbesoft KG" };

    public static readonly Product Registry = Product(1, "MeldeWerk EWO", Meldewerk, XMeld);
    public static readonly Product Portal = Product(2, "Bürgerportal", PortalHaus, FitConnect);
    public static readonly Product TradeOffice = Product(3, "GewerbeAmt 5", Gewerbesoft);
    public static readonly Product HousingBenefit = Product(4, "Wohngeld-Plus", Gewerbesoft, FitConnect);

    /// <summary>The portal hands trade registrations to the trade office's procedure over FIT-Connect, by the interface list.</summary>
    public static readonly IReadOnlyList<DataInterface> Interfaces =
        [new DataInterface { Id = 1, SourceProductId = Portal.Id, TargetProductId = TradeOffice.Id, StandardId = FitConnect.Id, Standard = FitConnect }];

    public static List<CityService> Services() =>
    [
        // Change of address: two products, online and rated 2.0 level 7.
        Service(1, "Meldebescheinigung/Ummeldung", "Umzug", 30_000, "Bürgerportal", MaturityModel.Version20, 7,
            ApplicationConnection.XoevOverOsci, (Portal, false), (Registry, true)),
        // Trade registration: online, but printed and re-typed, although an interface is recorded (a contradiction).
        Service(2, "Gewerbeanmeldung", "Unternehmensgründung", 5_000, "Bürgerportal", MaturityModel.Version20, 3,
            ApplicationConnection.PrintedAndRetyped, (Portal, false), (TradeOffice, true)),
        // Housing benefit: rated in the older model, level 3, delivered over FIT-Connect.
        Service(3, "Wohngeld", "Wohnen", 3_000, "Wohngeld online", MaturityModel.Version11, 3,
            ApplicationConnection.FitConnect, (HousingBenefit, true)),
        // Dog tax: not online, no procedure recorded.
        Service(4, "Hundesteuer", "Umzug", 2_000, null, MaturityModel.Version20, null, ApplicationConnection.Unknown),
        // Residents' parking: online at level 2, "over a documented API" the procedure does not have.
        Service(5, "Bewohnerparkausweis", "Umzug", 1_000, "Parken online", MaturityModel.Version20, 2,
            ApplicationConnection.DocumentedApi, (TradeOffice, true)),
        Service(6, "Fischereischein", null, null, null, MaturityModel.Version20, null, ApplicationConnection.Unknown),
    ];

    private static Product Product(int id, string name, Vendor vendor, params Standard[] supported) => new()
    {
        Id = id,
        Name = name,
        Vendor = vendor,
        VendorId = vendor.Id,
        StandardSupport = [.. supported.Select(s => new ProductStandardSupport { Standard = s, StandardId = s.Id, Status = SupportStatus.Supported })],
    };

    private static CityService Service(int id, string name, string? lifeSituation, int? cases, string? online, MaturityModel model,
        int? level, ApplicationConnection connection, params (Product Product, bool IsProcedure)[] products) => new()
    {
        Id = id,
        OzgService = new OzgService { Id = id, OzgId = $"{10000 + id}", Name = name, LifeSituation = lifeSituation },
        AnnualCases = cases,
        CaseYear = 2025,
        OnlineServiceName = online,
        MaturityModel = model,
        MaturityLevel = level,
        Connection = connection,
        Products = [.. products.Select(p => new CityServiceProduct { CityServiceId = id, Product = p.Product, ProductId = p.Product.Id, IsSpecialisedProcedure = p.IsProcedure })],
    };
}
