namespace ItInventory.Web.Features.PriceIndex;

public static class PriceIndexServices
{
    public static IServiceCollection AddPriceIndexFeature(this IServiceCollection services) => services.AddScoped<PriceIndexService>();
}
