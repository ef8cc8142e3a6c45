namespace ItInventory.Web.Features.Operations;

public static class OperationsServices
{
    public static IServiceCollection AddOperationsFeature(this IServiceCollection services) =>
        services.AddScoped<TenantAdministrationService>();
}
