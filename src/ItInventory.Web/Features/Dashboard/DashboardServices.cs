namespace ItInventory.Web.Features.Dashboard;

public static class DashboardServices
{
    public static IServiceCollection AddDashboardFeature(this IServiceCollection services)
    {
        services.AddScoped<DashboardService>();
        return services;
    }
}
