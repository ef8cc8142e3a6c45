namespace ItInventory.Web.Features.Audit;

public static class AuditServices
{
    public static IServiceCollection AddAuditFeature(this IServiceCollection services)
    {
        services.AddScoped<AuditTrailService>();
        return services;
    }
}
