namespace ItInventory.Web.Features.Vendors;

public static class VendorsServices
{
    public static IServiceCollection AddVendorsFeature(this IServiceCollection services) => services.AddScoped<VendorService>();
}
