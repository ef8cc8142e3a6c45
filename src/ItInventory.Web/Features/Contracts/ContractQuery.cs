namespace ItInventory.Web.Features.Contracts;

/// <summary>
/// What the contract list shows. <see cref="NoticeWithinDays"/> keeps only contracts whose notice deadline falls
/// between today and today + N days; null shows all.
/// </summary>
public sealed record ContractQuery(string? Search = null, int? NoticeWithinDays = null)
{
    public const int DefaultNoticeWindowDays = 180;
}
