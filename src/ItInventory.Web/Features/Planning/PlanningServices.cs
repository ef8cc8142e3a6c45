namespace ItInventory.Web.Features.Planning;

public static class PlanningServices
{
    public static IServiceCollection AddPlanningFeature(this IServiceCollection services)
    {
        services.AddScoped<PlanningAssumptionsStore>();
        services.AddScoped<PlanningScenarioStore>();
        services.AddScoped<FinancialPlanService>();
        services.AddScoped<ItInventory.Web.Features.Reports.IReport, FinancialPlanReport>();
        return services;
    }
}
