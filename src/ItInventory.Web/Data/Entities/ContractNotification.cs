using ItInventory.Core.Domain;
using ItInventory.Core.Domain.Tenants;

namespace ItInventory.Web.Data.Entities;

/// <summary>
/// The reminder settings of one contract: the person responsible for it, who always gets its reminders, and the
/// offsets before the notice deadline when they differ from the defaults (6M, 3M, 2W). Kept beside the contract rather
/// than in it: reminders are no analysis data, and changing them must not throw the shared analysis away.
/// </summary>
public class ContractNotification : Entity, ITenantOwned
{
    public const int OffsetsLength = 100;

    public int TenantId { get; set; }
    public int ContractId { get; set; }
    public string? ResponsibleUserId { get; set; }
    /// <summary>"6M,3M,2W" (see ReminderOffset.Format); null for the defaults, empty for no offsets at all.</summary>
    public string? Offsets { get; set; }
}
