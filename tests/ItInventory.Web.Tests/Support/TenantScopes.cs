using ItInventory.Core.Domain.Tenants;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.Extensions.DependencyInjection;

namespace ItInventory.Web.Tests.Support;

public static class TenantScopes
{
    /// <summary>
    /// A scope of the app's services working in the sample city's tenant. A scope a test creates has no signed-in
    /// user, and the app gives such a scope no tenant: it would see no inventory at all.
    /// </summary>
    public static AsyncServiceScope CreateFirstTenantScope(this IServiceProvider services)
    {
        var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Assume(Tenant.FirstId);
        return scope;
    }
}
