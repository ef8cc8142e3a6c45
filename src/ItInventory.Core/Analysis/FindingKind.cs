namespace ItInventory.Core.Analysis;

public enum FindingKind
{
    /// <summary>A year-over-year increase above the consumer price index plus tolerance.</summary>
    PriceIncrease,
    /// <summary>The increase since contract start (or the first year on record) is above the index plus tolerance.</summary>
    CumulativePriceIncrease,
    /// <summary>An increase above what the contract's price adjustment clause allows.</summary>
    ClauseBreach,
    /// <summary>The contract lets the vendor raise prices unilaterally.</summary>
    UnilateralClause,
    /// <summary>No open export and no alternative product: leaving is practically impossible.</summary>
    LockInHard,
    /// <summary>The lock-in score is at or above the configured threshold.</summary>
    LockInHigh,
    /// <summary>A mandatory or binding standard of the product's category is not (fully) supported.</summary>
    ComplianceGap,
    /// <summary>A tacitly renewing contract whose decision date has come: give notice or accept the renewal.</summary>
    NoticeDeadline,
    /// <summary>A contract ends by itself (fixed end or no tacit renewal): a successor or explicit renewal must be decided.</summary>
    ContractExpiry,
    /// <summary>Contract data is missing, so deadlines cannot be computed.</summary>
    ContractDataIncomplete,
    /// <summary>Spend in a category is concentrated on few vendors (Herfindahl–Hirschman index).</summary>
    VendorConcentration,
    /// <summary>Many departments depend on the same vendor.</summary>
    VendorDependency,
    /// <summary>A record's data lies outside what the rules can evaluate (e.g. a contract starting in the year 9999); it is left out of the analysis.</summary>
    DataImplausible,
    /// <summary>One of the city's most demanded services (top 25 by case number) has no online offer.</summary>
    ServiceNotOnline,
    /// <summary>Online applications reach the procedure only with a media break although it, or a standard, could take them electronically.</summary>
    ServiceMediaBreak,
    /// <summary>A most demanded service's specialised procedure has no documented interface at all (the vendor dependency).</summary>
    ServiceProcedureWithoutInterface,
    /// <summary>A service's specialised procedure is being phased out and no successor of its category is planned.</summary>
    ServiceProcedurePhaseOut,
    /// <summary>A cloud or SaaS contract's switching terms break Chapter VI of the EU Data Act (notice, transition, retrieval, switching charges).</summary>
    DataActBreach,
}
