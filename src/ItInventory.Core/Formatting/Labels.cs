using ItInventory.Core.Domain;
using ItInventory.Core.Domain.Tenants;

namespace ItInventory.Core.Formatting;

/// <summary>German display names of the domain's enums.</summary>
public static class Labels
{
    public static string Of(LifecycleStatus value) => value switch
    {
        LifecycleStatus.Planned => "geplant",
        LifecycleStatus.Introduction => "in Einführung",
        LifecycleStatus.Active => "im Betrieb",
        LifecycleStatus.PhaseOut => "wird abgelöst",
        LifecycleStatus.Retired => "außer Betrieb",
        _ => value.ToString(),
    };

    public static string Of(OperatorKind value) => value switch
    {
        OperatorKind.InHouse => "Eigenbetrieb",
        OperatorKind.MunicipalDataCentre => "Kommunales Rechenzentrum",
        OperatorKind.VendorSaaS => "Anbieter (SaaS)",
        _ => value.ToString(),
    };

    public static string Of(VendorKind value) => value switch
    {
        VendorKind.PrivateVendor => "Privater Anbieter",
        VendorKind.MunicipalDataCentre => "Kommunales Rechenzentrum",
        VendorKind.PublicBody => "Öffentliche Stelle",
        _ => value.ToString(),
    };

    public static string Of(Criticality value) => value switch
    {
        Criticality.Low => "niedrig",
        Criticality.Medium => "mittel",
        Criticality.High => "hoch",
        Criticality.Critical => "kritisch",
        _ => value.ToString(),
    };

    public static string Of(LicenceMetric value) => value switch
    {
        LicenceMetric.NamedUser => "Named User",
        LicenceMetric.ConcurrentUser => "gleichzeitige Nutzer",
        LicenceMetric.Workstation => "Arbeitsplatz",
        LicenceMetric.Server => "Server",
        LicenceMetric.Inhabitants => "Einwohnerzahl",
        LicenceMetric.Cases => "Fallzahl",
        LicenceMetric.FlatRate => "Pauschale",
        _ => value.ToString(),
    };

    public static string Of(StandardKind value) => value switch
    {
        StandardKind.MessageFormat => "Nachrichtenformat (XÖV)",
        StandardKind.Transport => "Transport",
        StandardKind.Directory => "Verzeichnisdienst",
        StandardKind.ServiceApi => "Service-API",
        StandardKind.Identity => "Identität",
        StandardKind.Catalogue => "Katalog",
        _ => value.ToString(),
    };

    public static string Of(BindingStatus value) => value switch
    {
        BindingStatus.MandatoryByLaw => "gesetzlich verpflichtend",
        BindingStatus.BindingByItPlr => "verbindlich (IT-Planungsrat)",
        BindingStatus.Recommended => "empfohlen",
        BindingStatus.Voluntary => "freiwillig",
        BindingStatus.InDevelopment => "in Entwicklung",
        _ => value.ToString(),
    };

    public static string Of(SupportStatus value) => value switch
    {
        SupportStatus.Supported => "unterstützt",
        SupportStatus.Partial => "teilweise",
        SupportStatus.Planned => "geplant",
        SupportStatus.NotSupported => "nicht unterstützt",
        _ => value.ToString(),
    };

    public static string Of(Verification value) => value switch
    {
        Verification.VendorStatement => "Herstellerangabe",
        Verification.Tested => "getestet",
        Verification.Certified => "zertifiziert",
        _ => value.ToString(),
    };

    public static string Of(EvbItType value) => value switch
    {
        EvbItType.UeberlassungA => "EVB-IT Überlassung Typ A",
        EvbItType.UeberlassungB => "EVB-IT Überlassung Typ B",
        EvbItType.PflegeS => "EVB-IT Pflege S",
        EvbItType.Service => "EVB-IT Service",
        EvbItType.System => "EVB-IT System",
        EvbItType.Cloud => "EVB-IT Cloud",
        EvbItType.Dienstleistung => "EVB-IT Dienstleistung",
        EvbItType.PublicLawAgreement => "Öffentlich-rechtliche Vereinbarung",
        EvbItType.Other => "Sonstiger Vertrag",
        _ => value.ToString(),
    };

    public static string Of(ContractTermKind value) => value switch
    {
        ContractTermKind.FixedEnd => "festes Ende",
        ContractTermKind.Renewing => "Mindestlaufzeit mit Verlängerung",
        ContractTermKind.OpenEnded => "unbefristet",
        _ => value.ToString(),
    };

    public static string Of(NoticeReference value) => value switch
    {
        NoticeReference.EndOfTerm => "zum Laufzeitende",
        NoticeReference.EndOfMonth => "zum Monatsende",
        NoticeReference.EndOfQuarter => "zum Quartalsende",
        NoticeReference.EndOfYear => "zum Jahresende",
        _ => value.ToString(),
    };

    public static string Of(PriceAdjustmentKind value) => value switch
    {
        PriceAdjustmentKind.None => "keine",
        PriceAdjustmentKind.FixedPercent => "fester Prozentsatz",
        PriceAdjustmentKind.IndexLinked => "indexgebunden (VPI)",
        PriceAdjustmentKind.Unilateral => "einseitig durch den Anbieter",
        _ => value.ToString(),
    };

    public static string Of(CostType value) => value switch
    {
        CostType.LicencePurchase => "Lizenzkauf",
        CostType.Maintenance => "Softwarepflege",
        CostType.Subscription => "Abonnement / SaaS",
        CostType.Hosting => "RZ-Leistungen / Hosting",
        CostType.Support => "Support",
        CostType.Training => "Schulung",
        CostType.Consulting => "Beratung / Customizing",
        CostType.Other => "Sonstiges",
        CostType.SwitchingFee => "Wechsel-/Egress-Entgelt",
        _ => value.ToString(),
    };

    public static string Of(CostKind value) => value == CostKind.Plan ? "Plan" : "Ist";

    public static string Of(BudgetTreatment value) => value == BudgetTreatment.Investive ? "investiv" : "konsumtiv";

    public static string Of(RequirementLevel value) => value switch
    {
        RequirementLevel.Mandatory => "gesetzlich verpflichtend",
        RequirementLevel.Binding => "verbindlich",
        RequirementLevel.Recommended => "empfohlen",
        _ => value.ToString(),
    };

    public static string Of(TenantKind value) => value switch
    {
        TenantKind.KreisfreieStadt => "kreisfreie Stadt",
        TenantKind.KreisangehoerigeGemeinde => "kreisangehörige Stadt oder Gemeinde",
        TenantKind.Kreis => "Kreis",
        TenantKind.Gemeindeverband => "Amt oder Verbandsgemeinde",
        TenantKind.Zweckverband => "Zweckverband",
        TenantKind.AnstaltOeffentlichenRechts => "Anstalt des öffentlichen Rechts",
        _ => value.ToString(),
    };

    public static string Of(FederalState value) => value switch
    {
        FederalState.SchleswigHolstein => "Schleswig-Holstein",
        FederalState.NordrheinWestfalen => "Nordrhein-Westfalen",
        FederalState.RheinlandPfalz => "Rheinland-Pfalz",
        FederalState.BadenWuerttemberg => "Baden-Württemberg",
        FederalState.MecklenburgVorpommern => "Mecklenburg-Vorpommern",
        FederalState.SachsenAnhalt => "Sachsen-Anhalt",
        FederalState.Thueringen => "Thüringen",
        _ => value.ToString(),
    };

    public static string Of(MaturityModel value) => value == MaturityModel.Version11 ? "Reifegradmodell 1.1" : "Reifegradmodell 2.0";

    public static string Of(ApplicationConnection value) => value switch
    {
        ApplicationConnection.Unknown => "nicht erfasst",
        ApplicationConnection.FitConnect => "elektronisch über FIT-Connect",
        ApplicationConnection.DocumentedApi => "elektronisch über dokumentierte Schnittstelle (REST/OpenAPI, FHIR)",
        ApplicationConnection.XoevOverOsci => "XÖV-Nachricht über OSCI/XTA",
        ApplicationConnection.EmailOrPdf => "Medienbruch: E-Mail oder PDF",
        ApplicationConnection.PrintedAndRetyped => "Medienbruch: ausgedruckt und abgetippt",
        _ => value.ToString(),
    };
}
