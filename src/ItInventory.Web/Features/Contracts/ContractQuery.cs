namespace ItInventory.Web.Features.Contracts;

/// <summary>
/// What the contract list shows. <see cref="DecisionWithinDays"/> keeps only contracts that need a decision within
/// N days (the rule <see cref="ItInventory.Core.Analysis.Deadlines.DecisionDue"/>: by decision date, overdue
/// decisions included); null shows all. <see cref="AsOf"/> computes the deadlines for another day than today.
/// </summary>
public sealed record ContractQuery(string? Search = null, int? DecisionWithinDays = null, DateOnly? AsOf = null)
{
    public const int DefaultDecisionWindowDays = 180;
}
