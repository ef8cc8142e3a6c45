namespace ItInventory.Web.Features.Standards;

public static class StandardsServices
{
    public static IServiceCollection AddStandardsFeature(this IServiceCollection services) => services.AddScoped<StandardService>();
}
