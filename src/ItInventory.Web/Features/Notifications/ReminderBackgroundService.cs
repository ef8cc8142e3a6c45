using ItInventory.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Features.Notifications;

/// <summary>
/// Looks once per <see cref="MailOptions.CheckInterval"/> (and once right at start, so that what fell due while the app
/// was down goes out, marked late) for due reminders. A failing pass is logged and tried again at the next tick.
/// </summary>
public sealed class ReminderBackgroundService(ReminderRun run, IOptions<MailOptions> mail, ILogger<ReminderBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!mail.Value.IsConfigured)
        {
            logger.LogInformation("Kein Mailserver eingestellt (Mail__Host): Erinnerungen werden nicht gesendet.");
            return;
        }

        using var timer = new PeriodicTimer(mail.Value.CheckInterval);
        do
        {
            try
            {
                var summary = await run.RunAsync(cancellationToken: stoppingToken);
                logger.LogInformation("{Summary}", summary.Describe());
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Der Erinnerungslauf ist fehlgeschlagen; nächster Versuch in {Interval}.", mail.Value.CheckInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
