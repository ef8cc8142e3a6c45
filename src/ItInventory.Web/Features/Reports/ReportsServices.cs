namespace ItInventory.Web.Features.Reports;

public static class ReportsServices
{
    public static IServiceCollection AddReportsFeature(this IServiceCollection services)
    {
        services.AddScoped<IReport, InventoryReport>();
        services.AddScoped<IReport, CostsByYearReport>();
        services.AddScoped<IReport, FindingsReport>();
        services.AddScoped<IReport, ContractsReport>();
        services.AddScoped<IReport, CouncilReport>();
        services.AddScoped<ReportService>();
        return services;
    }
}
