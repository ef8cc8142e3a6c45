namespace ItInventory.Core.Domain;

public enum VendorKind { PrivateVendor, MunicipalDataCentre, PublicBody }

/// <summary>Who runs the product day to day.</summary>
public enum OperatorKind { InHouse, MunicipalDataCentre, VendorSaaS }

public enum LifecycleStatus { Planned, Introduction, Active, PhaseOut, Retired }

public enum Criticality { Low, Medium, High, Critical }

/// <summary>How the vendor counts licences. Per-inhabitant pricing is common for municipal software.</summary>
public enum LicenceMetric { NamedUser, ConcurrentUser, Workstation, Server, Inhabitants, Cases, FlatRate }

public enum StandardKind { MessageFormat, Transport, Directory, ServiceApi, Identity, Catalogue }

public enum BindingStatus { MandatoryByLaw, BindingByItPlr, Recommended, Voluntary, InDevelopment }

/// <summary>How strongly a product category must implement a standard.</summary>
public enum RequirementLevel { Mandatory, Binding, Recommended }

public enum SupportStatus { Supported, Partial, Planned, NotSupported }

/// <summary>Whether support has been verified beyond the vendor's word.</summary>
public enum Verification { VendorStatement, Tested, Certified }

public enum EvbItType { UeberlassungA, UeberlassungB, PflegeS, Service, System, Cloud, Dienstleistung, PublicLawAgreement, Other }

/// <summary>The shape of a contract's term.</summary>
public enum ContractTermKind
{
    /// <summary>Ends on a fixed date; no renewal.</summary>
    FixedEnd,
    /// <summary>A minimum term, then renewal periods (tacit or by explicit agreement).</summary>
    Renewing,
    /// <summary>Runs indefinitely; can be terminated with notice to a reference point once any minimum term is over.</summary>
    OpenEnded,
}

public enum NoticeReference { EndOfTerm, EndOfMonth, EndOfQuarter, EndOfYear }

public enum PriceAdjustmentKind { None, FixedPercent, IndexLinked, Unilateral }

public enum CostType { LicencePurchase, Maintenance, Subscription, Hosting, Support, Training, Consulting, Other,
    /// <summary>A switching or egress fee charged for leaving a provider (EU Data Act Art. 29).</summary>
    SwitchingFee }

/// <summary>Municipal budgets (Doppik) separate capitalised investment from running expenditure.</summary>
public enum BudgetTreatment { Investive, Konsumtive }

public enum CostKind { Plan, Actual }

/// <summary>The maturity model a level was rated in: Reifegradmodell 1.1 (levels 0-4) or 2.0 (since July 2025, 0-7).</summary>
public enum MaturityModel { Version11, Version20 }

/// <summary>
/// How an online application reaches the specialised procedure. FIT-Connect, another documented API and XÖV over
/// OSCI/XTA are electronic (XÖV is the mandated register standard, not a shortcoming); e-mail/PDF and print are media breaks.
/// </summary>
public enum ApplicationConnection { Unknown, FitConnect, DocumentedApi, XoevOverOsci, EmailOrPdf, PrintedAndRetyped }
