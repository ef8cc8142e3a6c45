using ItInventory.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Features.Notifications;

public static class NotificationsServices
{
    public static IServiceCollection AddNotificationsFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MailOptions>().Bind(configuration.GetSection(MailOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MailOptions>>(new MailOptionsValidator(configuration));
        services.AddSingleton<SmtpMailSender>();
        services.AddSingleton<ReminderRun>();
        services.AddScoped<DigestUnsubscribe>();
        services.AddScoped<NotificationPreferencesService>();
        services.AddScoped<AddressVerificationService>();
        services.AddScoped<MailQueueService>();
        services.AddScoped<ContractRemindersService>();
        services.AddScoped<CalendarSubscriptionService>();
        services.AddSingleton<DeadlineFeed>();
        // Runs only in a started host: a command-line verb builds the app without starting it and runs one pass itself.
        services.AddHostedService<ReminderBackgroundService>();
        return services;
    }
}
