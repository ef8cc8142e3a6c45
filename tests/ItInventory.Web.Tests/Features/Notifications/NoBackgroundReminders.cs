using ItInventory.Web.Features.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace ItInventory.Web.Tests.Features.Notifications;

internal static class NoBackgroundReminders
{
    /// <summary>Removes the hourly background pass, so that a test runs its passes by hand on the days it chooses.</summary>
    public static IServiceCollection WithoutBackgroundReminders(this IServiceCollection services)
    {
        foreach (var hosted in services.Where(d => d.ImplementationType == typeof(ReminderBackgroundService)).ToList())
            services.Remove(hosted);
        return services;
    }
}
