using ItInventory.Core.Comparison;
using ItInventory.Core.Validation;
using ItInventory.Web.Features.Comparison.Exchange;

namespace ItInventory.Web.Features.Comparison;

public static class ComparisonServices
{
    public static IServiceCollection AddComparisonFeature(this IServiceCollection services, IConfiguration configuration)
    {
        // A k below 3 would expose single municipalities: the app does not start with it (ComparisonRules).
        services.AddOptions<ComparisonOptions>().Bind(configuration.GetSection(ComparisonOptions.Section))
            .Validate(o => ComparisonRules.MinimumGroupProblem(o.MinimumGroup) is null,
                $"Comparison:MinimumGroup: {ComparisonRules.MinimumGroupProblem(ComparisonPrivacy.LowestMinimumGroup - 1)}")
            .Validate(o => ComparisonOptions.ModeProblem(o.Mode) is null,
                $"Comparison:Mode ist unbekannt; erlaubt sind „{ComparisonOptions.InstallationMode}“ und „{ComparisonOptions.VergleichsstelleMode}“.")
            .ValidateOnStart();
        services.AddSingleton<ComparisonParticipants>();
        services.AddScoped<ComparisonService>();
        services.AddScoped<ExchangeExportService>();
        services.AddScoped<ComparisonOfficeService>();
        services.AddScoped<AggregateImportService>();
        return services;
    }
}
