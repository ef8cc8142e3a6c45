using ItInventory.Web.Features.Reports;
using ItInventory.Web.Features.Vendors.Negotiation;

namespace ItInventory.Web.Features.Vendors;

public static class VendorsServices
{
    public static IServiceCollection AddVendorsFeature(this IServiceCollection services) =>
        services.AddScoped<VendorService>()
            .AddScoped<NegotiationFolderService>()
            .AddScoped<IReport, NegotiationReport>();
}
