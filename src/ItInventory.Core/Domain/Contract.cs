using ItInventory.Core.Domain.Tenants;

namespace ItInventory.Core.Domain;

/// <summary>A contract with a vendor (usually under EVB-IT terms) covering one or more products.</summary>
public class Contract : Entity, ITenantOwned
{
    public int TenantId { get; set; }

    public string ContractNumber { get; set; } = "";
    public string Title { get; set; } = "";
    public int VendorId { get; set; }
    public Vendor? Vendor { get; set; }
    public EvbItType EvbItType { get; set; }

    public DateOnly Start { get; set; }
    public ContractTermKind TermKind { get; set; }
    /// <summary>Minimum term in months; 0 when the contract can be terminated from the start.</summary>
    public int MinimumTermMonths { get; set; }
    /// <summary>The end date of a fixed-end contract.</summary>
    public DateOnly? FixedEnd { get; set; }
    /// <summary>Length of each renewal after the minimum term (renewing contracts).</summary>
    public int? RenewalPeriodMonths { get; set; }
    /// <summary>True when the contract renews unless notice is given ("stillschweigende Verlängerung").</summary>
    public bool TacitRenewal { get; set; }
    public int NoticePeriodMonths { get; set; }
    public NoticeReference NoticeReference { get; set; }
    /// <summary>The date on which the contract was terminated or ended, if it was.</summary>
    public DateOnly? EndedOn { get; set; }

    public PriceAdjustmentKind PriceAdjustment { get; set; }
    /// <summary>For fixed-percent clauses: the agreed annual increase in percent.</summary>
    public decimal? PriceAdjustmentPercent { get; set; }

    public bool ExitSupport { get; set; }
    public bool DataReturnClause { get; set; }
    public bool SourceCodeEscrow { get; set; }
    public decimal? AnnualValue { get; set; }
    /// <summary>The contract forbids disclosing its prices: the costs of its products never leave the tenant (no comparison, no exchange file).</summary>
    public bool PricesConfidential { get; set; }

    // EU Data Act (Reg. 2023/2854, Chapter VI): the terms a switching check needs; null means "unbekannt".
    /// <summary>Whether this is a data processing service (Art. 2(8)); null: follow the contract type (<c>DataProcessingServices</c>).</summary>
    public bool? IsDataProcessingService { get; set; }
    /// <summary>Months of notice the customer must give to initiate switching (Art. 25(2)(d): at most 2).</summary>
    public int? SwitchingNoticeMonths { get; set; }
    /// <summary>Calendar days of the transitional period (Art. 25(2)(a): at most 30).</summary>
    public int? TransitionalPeriodDays { get; set; }
    /// <summary>The provider declared 30 days technically unfeasible within 14 working days, with reasons (Art. 25(4)).</summary>
    public bool TransitionUnfeasibleDeclared { get; set; }
    /// <summary>The customer extended the transitional period once (Art. 25(5)).</summary>
    public bool TransitionExtendedByCustomer { get; set; }
    /// <summary>Days to retrieve data after the transitional period (Art. 25(2)(g): at least 30).</summary>
    public int? DataRetrievalDays { get; set; }
    /// <summary>The data categories the switching covers (Art. 25(2)(e)-(f)).</summary>
    public string? SwitchingDataCategories { get; set; }
    /// <summary>The export formats and methods (Art. 26).</summary>
    public string? ExportFormats { get; set; }
    /// <summary>The fee the provider charges for switching or leaving; also the exit fee of the exit assessment.</summary>
    public decimal? SwitchingFee { get; set; }
    /// <summary>The switching fee is at most the provider's direct costs (Art. 29(3)).</summary>
    public bool SwitchingFeeAtDirectCost { get; set; }
    /// <summary>Mostly custom-built for this customer, not offered at broad commercial scale: exempt from Art. 29 (Art. 31(1)).</summary>
    public bool CustomBuiltExemption { get; set; }
    /// <summary>Egress is charged for parallel use of several providers, which Art. 34 allows at cost.</summary>
    public bool EgressForParallelUse { get; set; }
    public string? Notes { get; set; }

    public List<Product> Products { get; set; } = [];
}
