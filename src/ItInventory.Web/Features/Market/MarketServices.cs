namespace ItInventory.Web.Features.Market;

public static class MarketServices
{
    public static IServiceCollection AddMarketFeature(this IServiceCollection services) =>
        services.AddScoped<MarketCatalogueService>().AddScoped<MarketLinkService>();
}
