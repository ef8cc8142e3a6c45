namespace ItInventory.Core.Domain.Tenants;

/// <summary>
/// A record that belongs to exactly one tenant. The persistence layer fills <see cref="TenantId"/> on insert from the
/// tenant of the operation, filters every query by it and refuses a write that names another tenant.
/// </summary>
public interface ITenantOwned
{
    int TenantId { get; set; }
}
