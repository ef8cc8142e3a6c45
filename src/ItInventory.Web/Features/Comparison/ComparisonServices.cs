using ItInventory.Core.Comparison;
using ItInventory.Core.Validation;

namespace ItInventory.Web.Features.Comparison;

public static class ComparisonServices
{
    public static IServiceCollection AddComparisonFeature(this IServiceCollection services, IConfiguration configuration)
    {
        // A k below 3 would expose single municipalities: the app does not start with it (ComparisonRules).
        services.AddOptions<ComparisonOptions>().Bind(configuration.GetSection(ComparisonOptions.Section))
            .Validate(o => ComparisonRules.MinimumGroupProblem(o.MinimumGroup) is null,
                $"Comparison:MinimumGroup: {ComparisonRules.MinimumGroupProblem(ComparisonPrivacy.LowestMinimumGroup - 1)}")
            .ValidateOnStart();
        services.AddScoped<ComparisonService>();
        return services;
    }
}
