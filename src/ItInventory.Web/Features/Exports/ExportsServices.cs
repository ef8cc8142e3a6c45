namespace ItInventory.Web.Features.Exports;

public static class ExportsServices
{
    public static IServiceCollection AddExportsFeature(this IServiceCollection services) => services.AddScoped<BulkExportService>();
}
