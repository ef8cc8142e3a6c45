using ItInventory.Core.Domain.Tenants;

namespace ItInventory.Web.Infrastructure.Security;

/// <summary>
/// The tenant an operation works in. The database context filters every tenant-owned query by it and stamps it on
/// every insert; without a tenant, no tenant-owned row is visible and none can be written.
/// </summary>
public interface ITenantContext
{
    /// <summary>The claim that carries a signed-in user's or token's tenant.</summary>
    const string ClaimType = "tenant";

    int? TenantId { get; }
}

/// <summary>A tenant fixed for the whole operation: start-up work, command-line verbs, tests.</summary>
public sealed class FixedTenant(int? tenantId) : ITenantContext
{
    /// <summary>The installation's first tenant, which a single-city installation consists of.</summary>
    public static readonly FixedTenant First = new(Tenant.FirstId);

    /// <summary>No tenant: tenant-owned rows are neither visible nor writable.</summary>
    public static readonly FixedTenant None = new(null);

    public int? TenantId { get; } = tenantId;
}
