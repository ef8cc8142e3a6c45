namespace ItInventory.Core.Analysis.Deadlines;

/// <summary>The deadlines of one contract as seen on <see cref="AsOf"/>.</summary>
/// <param name="CurrentTermStart">First day of the term running on the as-of date (null for open-ended contracts past their minimum term).</param>
/// <param name="CurrentTermEnd">Last day of that term, or of the contract if it has ended.</param>
/// <param name="NextTerminationDate">The earliest date on which the contract can still end: by notice given in time, or by itself.</param>
/// <param name="NoticeDeadline">The last day on which notice must be received to end on <paramref name="NextTerminationDate"/>; null when no notice is needed.</param>
/// <param name="DecisionDate">The notice deadline (or, without notice, the end date) minus the lead days: when the city must decide.</param>
/// <param name="Note">A German sentence about an assumption or missing data, if any.</param>
public sealed record ContractDeadlines(
    int ContractId,
    DateOnly AsOf,
    ContractStatus Status,
    DateOnly? CurrentTermStart,
    DateOnly? CurrentTermEnd,
    DateOnly? NextTerminationDate,
    DateOnly? NoticeDeadline,
    DateOnly? DecisionDate,
    string? Note = null)
{
    public bool NoticeRequired => NoticeDeadline is not null;

    /// <summary>Still binding the city (not ended); contracts not yet started bind it already.</summary>
    public bool IsActive => Status != ContractStatus.Ended;
}
