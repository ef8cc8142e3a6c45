using ItInventory.Web.Data.Tenancy;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ItInventory.Web.Features.Reports;

public static class ReportsServices
{
    public static IServiceCollection AddReportsFeature(this IServiceCollection services)
    {
        services.AddOptions<ReportOptions>()
            .BindConfiguration(ReportOptions.Section)
            .Validate(o => o.StreamingRowThreshold > 0, "Die Einstellung Reports:StreamingRowThreshold muss größer als 0 sein.")
            .ValidateOnStart();
        services.AddScoped<IReport, InventoryReport>();
        services.AddScoped<IReport, CostsByYearReport>();
        services.AddScoped<IReport, FindingsReport>();
        services.AddScoped<IReport, ContractsReport>();
        services.AddScoped<IReport, CouncilReport>();
        services.AddScoped<ReportService>();
        services.TryAddScoped<TenantNames>();
        return services;
    }
}
