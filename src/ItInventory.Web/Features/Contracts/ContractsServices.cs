using ItInventory.Core.Analysis;

namespace ItInventory.Web.Features.Contracts;

public static class ContractsServices
{
    public static IServiceCollection AddContractsFeature(this IServiceCollection services)
    {
        // The decision lead time is a setting ("Analysis" section); binding it twice, should another feature do so too, is harmless.
        services.AddOptions<AnalysisOptions>().BindConfiguration(AnalysisOptions.SectionName);
        return services.AddScoped<ContractService>();
    }
}
