using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Core.Domain;

namespace ItInventory.Web.Features.Contracts;

/// <summary>
/// A contract in the list, with its deadlines, whether it runs (<see cref="ContractRunState"/>) and the decision it
/// waits for (<see cref="ContractDecision"/>, null when none), all as of <see cref="ContractListing.Today"/>.
/// </summary>
public sealed record ContractListRow(
    int Id,
    string ContractNumber,
    string Title,
    int VendorId,
    string Vendor,
    EvbItType EvbItType,
    DateOnly Start,
    ContractTermKind TermKind,
    int NoticePeriodMonths,
    NoticeReference NoticeReference,
    PriceAdjustmentKind PriceAdjustment,
    decimal? PriceAdjustmentPercent,
    ContractDeadlines Deadlines,
    ContractRunState RunState,
    ContractDecision? Decision);

public sealed record ContractListing(DateOnly Today, IReadOnlyList<ContractListRow> Rows);
