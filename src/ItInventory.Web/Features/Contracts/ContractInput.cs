using ItInventory.Core.Domain;

namespace ItInventory.Web.Features.Contracts;

/// <summary>All editable terms of a contract, with the version the user loaded.</summary>
public sealed class ContractInput
{
    public string ContractNumber { get; set; } = "";
    public string Title { get; set; } = "";
    public int? VendorId { get; set; }
    public EvbItType EvbItType { get; set; } = EvbItType.PflegeS;
    public DateOnly? Start { get; set; }
    public ContractTermKind TermKind { get; set; } = ContractTermKind.Renewing;
    public int? MinimumTermMonths { get; set; } = 12;
    public DateOnly? FixedEnd { get; set; }
    public int? RenewalPeriodMonths { get; set; } = 12;
    public bool TacitRenewal { get; set; } = true;
    public int? NoticePeriodMonths { get; set; } = 3;
    public NoticeReference NoticeReference { get; set; } = NoticeReference.EndOfTerm;
    public DateOnly? EndedOn { get; set; }
    public PriceAdjustmentKind PriceAdjustment { get; set; } = PriceAdjustmentKind.None;
    public decimal? PriceAdjustmentPercent { get; set; }
    public bool ExitSupport { get; set; }
    public bool DataReturnClause { get; set; }
    public bool SourceCodeEscrow { get; set; }
    /// <summary>The contract forbids disclosing its prices: its costs never leave the municipality (comparison, exchange file).</summary>
    public bool PricesConfidential { get; set; }
    public decimal? AnnualValue { get; set; }
    public string? Notes { get; set; }
    /// <summary>The switching terms the EU Data Act check reads; an API client that leaves them out states none ("unbekannt").</summary>
    public DataActTermsInput? DataAct { get; set; } = new();
    /// <summary>The covered products: products the vendor makes or runs.</summary>
    public List<int> ProductIds { get; set; } = [];
    public Guid Version { get; set; }

    public static ContractInput From(Contract contract) => new()
    {
        ContractNumber = contract.ContractNumber,
        Title = contract.Title,
        VendorId = contract.VendorId,
        EvbItType = contract.EvbItType,
        Start = contract.Start,
        TermKind = contract.TermKind,
        MinimumTermMonths = contract.MinimumTermMonths,
        FixedEnd = contract.FixedEnd,
        RenewalPeriodMonths = contract.RenewalPeriodMonths,
        TacitRenewal = contract.TacitRenewal,
        NoticePeriodMonths = contract.NoticePeriodMonths,
        NoticeReference = contract.NoticeReference,
        EndedOn = contract.EndedOn,
        PriceAdjustment = contract.PriceAdjustment,
        PriceAdjustmentPercent = contract.PriceAdjustmentPercent,
        ExitSupport = contract.ExitSupport,
        DataReturnClause = contract.DataReturnClause,
        SourceCodeEscrow = contract.SourceCodeEscrow,
        PricesConfidential = contract.PricesConfidential,
        AnnualValue = contract.AnnualValue,
        Notes = contract.Notes,
        DataAct = DataActTermsInput.From(contract),
        ProductIds = contract.Products.Select(p => p.Id).ToList(),
        Version = contract.Version,
    };
}
