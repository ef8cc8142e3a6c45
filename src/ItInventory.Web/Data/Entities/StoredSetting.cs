using ItInventory.Core.Domain;

namespace ItInventory.Web.Data.Entities;

/// <summary>A settings section changed by an administrator at run time, stored as JSON; it overrides appsettings.</summary>
public class StoredSetting : Entity
{
    public string Key { get; set; } = "";
    public string Json { get; set; } = "";
}
