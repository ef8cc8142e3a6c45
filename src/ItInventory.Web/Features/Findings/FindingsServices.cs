using ItInventory.Core.Analysis;

namespace ItInventory.Web.Features.Findings;

public static class FindingsServices
{
    public static IServiceCollection AddFindingsFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AnalysisOptions>()
            .Bind(configuration.GetSection(AnalysisOptions.SectionName))
            .Validate(o => o.DecisionLeadDays is >= 0 and <= 730, "Die Einstellung Analysis:DecisionLeadDays muss zwischen 0 und 730 Tagen liegen.")
            .Validate(o => o.PriceToleranceOverIndexPercentagePoints >= 0, "Die Einstellung Analysis:PriceToleranceOverIndexPercentagePoints darf nicht negativ sein.")
            .Validate(o => o.LockInHighScoreThreshold is >= 0 and <= 100, "Die Einstellung Analysis:LockInHighScoreThreshold muss zwischen 0 und 100 liegen.")
            .Validate(o => o.LockInWeights.Values.All(w => w >= 0) && o.LockInWeights.Values.Sum() > 0, "Die Lock-in-Gewichte (Analysis:LockInWeights) dürfen nicht negativ sein und nicht alle 0.")
            .ValidateOnStart();
        services.AddScoped<ItInventory.Web.Features.Settings.AnalysisSettingsService>();
        services.AddSingleton(_ => new SharedAnalysis());
        services.AddScoped<AnalysisService>();
        services.AddScoped<FindingsService>();
        return services;
    }
}
