using ItInventory.Core.Domain;

namespace ItInventory.Core.Analysis.Prices;

/// <summary>The price adjustment clause of the contract the analysed costs fall under.</summary>
/// <param name="AgreedPercent">For <see cref="PriceAdjustmentKind.FixedPercent"/>: the agreed annual increase in percent.</param>
/// <param name="Contract">The contract, for the finding's text and subject.</param>
public sealed record PriceClause(PriceAdjustmentKind Kind, decimal? AgreedPercent = null, SubjectRef? Contract = null)
{
    public static PriceClause From(Contract contract) =>
        new(contract.PriceAdjustment, contract.PriceAdjustmentPercent,
            SubjectRef.Contract(contract.Id, Deadlines.DeadlineFindings.NameOf(contract)));
}
