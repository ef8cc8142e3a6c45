using ItInventory.Web.Features.Reports;
using ItInventory.Core.Analysis.Exit;

namespace ItInventory.Web.Features.Exit;

public static class ExitServices
{
    public static IServiceCollection AddExitFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ExitOptions>()
            .Bind(configuration.GetSection(ExitOptions.SectionName))
            .Validate(o => o.ProcurementLeadMonths is >= 0 and <= 60, "Die Einstellung Exit:ProcurementLeadMonths muss zwischen 0 und 60 Monaten liegen.")
            .Validate(o => o.ParallelOperationMonths is >= 0 and <= 60, "Die Einstellung Exit:ParallelOperationMonths muss zwischen 0 und 60 Monaten liegen.")
            .Validate(o => o.MigrationShareOfRunningCost is >= 0 and <= 100, "Die Einstellung Exit:MigrationShareOfRunningCost muss zwischen 0 und 100 liegen.")
            .Validate(o => o.InterfaceWithStandardCost >= 0 && o.InterfaceWithoutStandardCost >= 0 && o.TrainingCostPerUser >= 0 && o.ProcurementEffort >= 0,
                "Die Kostenvorgaben unter Exit dürfen nicht negativ sein.")
            .ValidateOnStart();
        services.AddScoped<ExitService>();
        services.AddScoped<IReport, ExitPlanningReport>();
        return services;
    }
}
