using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Web.Data;
using ItInventory.Web.Features.Settings;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Features.Notifications;

/// <summary>
/// One pass over every tenant: record what is due on the as-of day, then send what is recorded and due. The background
/// service runs it every <see cref="MailOptions.CheckInterval"/>, <c>reminders run</c> once. Without a configured SMTP
/// server nothing is recorded either, so that switching mail on later does not release a backlog of stale messages.
/// </summary>
public sealed class ReminderRun(IServiceScopeFactory scopes, IOptions<MailOptions> mail, InventoryClock clock, TimeProvider time)
{
    /// <summary>This app instance's name in claims: which instance holds a message while sending it.</summary>
    public string Instance { get; } = Clip($"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}");

    public async Task<ReminderRunSummary> RunAsync(DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        if (!mail.Value.IsConfigured)
        {
            return ReminderRunSummary.NotConfigured;
        }

        var day = asOf ?? clock.Today;
        List<int> tenantIds;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<InventoryDbContext>();
            tenantIds = await db.Tenants.AsNoTracking().OrderBy(t => t.Id).Select(t => t.Id).ToListAsync(cancellationToken);
        }

        var total = new ReminderRunSummary(true, 0, 0, 0);
        foreach (var tenantId in tenantIds)
        {
            total += await RunTenantAsync(tenantId, day, cancellationToken);
        }

        return total;
    }

    private static string Clip(string name) => name.Length <= 200 ? name : name[^200..];

    private async Task<ReminderRunSummary> RunTenantAsync(int tenantId, DateOnly day, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<CurrentTenant>().Assume(tenantId);
        var db = services.GetRequiredService<InventoryDbContext>();
        var options = await services.GetRequiredService<AnalysisSettingsService>().GetEffectiveOptionsAsync(db, cancellationToken);
        var cityName = await db.Tenants.Where(t => t.Id == tenantId).Select(t => t.Name).SingleAsync(cancellationToken);
        var city = string.IsNullOrEmpty(cityName) ? services.GetRequiredService<IOptions<InventoryOptions>>().Value.CityName : cityName;
        var recorded = await ContractReminderPlanner.RecordDueAsync(db, new DeadlineCalculator(options), day, city,
            mail.Value.BaseUrl, time.GetUtcNow().UtcDateTime, cancellationToken);
        // The as-of day at the hour of the clock: the digest's slot is a day and an hour.
        var now = day.ToDateTime(TimeOnly.FromDateTime(time.GetLocalNow().DateTime));
        recorded += await WeeklyDigestPlanner.RecordDueAsync(services, db, now, city, mail.Value.BaseUrl, time.GetUtcNow().UtcDateTime, cancellationToken);
        recorded += await MonthlySummaryPlanner.RecordDueAsync(services, db, day, city, mail.Value.BaseUrl, time.GetUtcNow().UtcDateTime, cancellationToken);
        recorded += await ProblemReportPlanner.RecordAsync(db, day, city, mail.Value.BaseUrl, time.GetUtcNow().UtcDateTime, cancellationToken);
        var dispatcher = new MailDispatcher(services.GetRequiredService<SmtpMailSender>(), Instance, mail.Value.MaxAttempts);
        var dispatched = await dispatcher.DispatchAsync(db, day, () => time.GetUtcNow().UtcDateTime, cancellationToken);
        return new ReminderRunSummary(true, recorded, dispatched.Sent, dispatched.Failed);
    }
}

public sealed record ReminderRunSummary(bool Configured, int Recorded, int Sent, int Failed)
{
    public static readonly ReminderRunSummary NotConfigured = new(false, 0, 0, 0);

    public static ReminderRunSummary operator +(ReminderRunSummary a, ReminderRunSummary b) =>
        new(a.Configured && b.Configured, a.Recorded + b.Recorded, a.Sent + b.Sent, a.Failed + b.Failed);

    /// <summary>One German line for the command line and the log.</summary>
    public string Describe() => Configured
        ? $"Erinnerungen: {Recorded} neu vorgemerkt, {Sent} gesendet, {Failed} Sendeversuche fehlgeschlagen (werden wiederholt)."
        : "Erinnerungen: Kein Mailserver eingestellt (Mail__Host), es wurde nichts vorgemerkt oder gesendet.";
}
