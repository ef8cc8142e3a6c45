namespace ItInventory.Web.Features.Contracts;

/// <summary>
/// What the contract list shows. <see cref="NoticeWithinDays"/> keeps only contracts whose notice deadline falls
/// between today and today + N days; null shows all. <see cref="AsOf"/> computes the deadlines for another day than today.
/// </summary>
public sealed record ContractQuery(string? Search = null, int? NoticeWithinDays = null, DateOnly? AsOf = null)
{
    public const int DefaultNoticeWindowDays = 180;
}
