using ItInventory.Core.Domain;
using ItInventory.Core.Domain.Tenants;

namespace ItInventory.Web.Data.Entities;

/// <summary>A settings section changed by an administrator at run time, stored as JSON; it overrides appsettings.</summary>
public class StoredSetting : Entity, ITenantOwned
{
    public int TenantId { get; set; }
    public string Key { get; set; } = "";
    public string Json { get; set; } = "";
}
