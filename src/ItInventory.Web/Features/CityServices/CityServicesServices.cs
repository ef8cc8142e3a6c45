namespace ItInventory.Web.Features.CityServices;

public static class CityServicesServices
{
    public static IServiceCollection AddCityServicesFeature(this IServiceCollection services) => services
        .AddScoped<CityServiceCoverageService>().AddScoped<ServiceCatalogueService>().AddScoped<CityServiceEditService>()
        .AddScoped<CaseNumberImport>()
        .AddScoped<Reports.IReport, CityServicesReport>();
}
