using ItInventory.Web.Data.Tenancy;
using Microsoft.Extensions.DependencyInjection.Extensions;
namespace ItInventory.Web.Features.Dashboard;

public static class DashboardServices
{
    public static IServiceCollection AddDashboardFeature(this IServiceCollection services)
    {
        services.AddScoped<DashboardService>();
        services.TryAddScoped<TenantNames>();
        return services;
    }
}
