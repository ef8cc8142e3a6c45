namespace ItInventory.Web.Features.Comparison;

public static class ComparisonServices
{
    public static IServiceCollection AddComparisonFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ComparisonOptions>(configuration.GetSection(ComparisonOptions.Section));
        services.AddScoped<ComparisonService>();
        return services;
    }
}
