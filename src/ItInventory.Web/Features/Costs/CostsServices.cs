namespace ItInventory.Web.Features.Costs;

public static class CostsServices
{
    public static IServiceCollection AddCostsFeature(this IServiceCollection services)
    {
        services.AddScoped<CostLineService>();
        services.AddScoped<NextYearPlanService>();
        return services;
    }
}
