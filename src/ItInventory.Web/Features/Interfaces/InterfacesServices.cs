namespace ItInventory.Web.Features.Interfaces;

public static class InterfacesServices
{
    public static IServiceCollection AddInterfacesFeature(this IServiceCollection services) => services.AddScoped<InterfaceService>();
}
