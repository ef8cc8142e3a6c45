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
    public string? Notes { get; set; }

    public List<Product> Products { get; set; } = [];
}
