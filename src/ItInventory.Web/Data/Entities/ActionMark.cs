using ItInventory.Core.Domain;
using ItInventory.Core.Domain.Tenants;

namespace ItInventory.Web.Data.Entities;

/// <summary>
/// A user's decision about a line of "Handlungsbedarf" (Core.Analysis.Actions): done, or postponed until a day, with
/// the reason. One per item and tenant, so a colleague sees the list as it was left; audited like every other write.
/// Not analysis data: marking an item must not throw the shared analysis away.
/// </summary>
public class ActionMark : Entity, ITenantOwned
{
    public const int KeyLength = 120;
    public const int ReasonLength = 500;

    public int TenantId { get; set; }
    /// <summary>The item's key (ActionList.DecisionKey / FindingKey).</summary>
    public string ItemKey { get; set; } = "";
    /// <summary>What the item was about when it was marked, so the list of marks reads without the analysis.</summary>
    public string Title { get; set; } = "";
    public bool Done { get; set; }
    public DateOnly? PostponedUntil { get; set; }
    public string Reason { get; set; } = "";
    public string MarkedBy { get; set; } = "";
    public DateTimeOffset MarkedAt { get; set; }
}
