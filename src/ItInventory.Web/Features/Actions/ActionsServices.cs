namespace ItInventory.Web.Features.Actions;

public static class ActionsServices
{
    public static IServiceCollection AddActionsFeature(this IServiceCollection services)
    {
        services.AddScoped<ActionListService>();
        return services;
    }
}
