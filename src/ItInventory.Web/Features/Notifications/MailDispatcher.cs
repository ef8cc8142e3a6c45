using ItInventory.Web.Data;
using ItInventory.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Notifications;

/// <summary>
/// Sends the recorded messages that are due. Each is first claimed with one conditional update (pending, or claimed by
/// an instance whose claim ran out), so two instances on one database never both send it. A failed attempt waits
/// 1, 2, 4 … minutes before the next; after the last it shows as failed on the admin page with its error.
/// A crash between the server's acceptance and the "sent" mark leaves the claim to run out, and the message is sent
/// again: the one case of "at least once" no SMTP server lets a client avoid (the message id stays the same).
/// </summary>
public sealed class MailDispatcher(SmtpMailSender sender, string instance, int maxAttempts)
{
    public static readonly TimeSpan ClaimDuration = TimeSpan.FromMinutes(5);

    /// <param name="today">The as-of day of the pass: a message sent after the day it was due says that it is late.</param>
    public async Task<DispatchSummary> DispatchAsync(InventoryDbContext db, DateOnly today, Func<DateTime> utcNow, CancellationToken cancellationToken)
    {
        var now = utcNow();
        var due = await db.OutgoingMails.AsNoTracking()
            .Where(m => (m.Status == OutgoingMailStatus.Pending && m.NextAttemptAt <= now)
                        || (m.Status == OutgoingMailStatus.Sending && m.ClaimedUntil < now))
            .OrderBy(m => m.Id).Select(m => m.Id).ToListAsync(cancellationToken);
        int sent = 0, failed = 0;
        foreach (var id in due)
        {
            if (!await ClaimAsync(db, id, utcNow(), cancellationToken))
            {
                continue;
            }

            var mail = await db.OutgoingMails.AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken);
            try
            {
                await sender.SendAsync(LateNotice.Apply(mail, today), cancellationToken);
                await db.OutgoingMails.Where(m => m.Id == id && m.ClaimedBy == instance).ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Status, OutgoingMailStatus.Sent).SetProperty(m => m.SentAt, utcNow())
                    .SetProperty(m => m.ClaimedUntil, (DateTime?)null).SetProperty(m => m.LastError, (string?)null), cancellationToken);
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var error = $"{ex.GetType().Name}: {ex.Message}";
                var giveUp = mail.Attempts >= maxAttempts;
                await db.OutgoingMails.Where(m => m.Id == id && m.ClaimedBy == instance).ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Status, giveUp ? OutgoingMailStatus.Failed : OutgoingMailStatus.Pending)
                    .SetProperty(m => m.NextAttemptAt, utcNow() + Backoff(mail.Attempts))
                    .SetProperty(m => m.ClaimedUntil, (DateTime?)null)
                    .SetProperty(m => m.LastError, error.Length <= OutgoingMail.ErrorLength ? error : error[..OutgoingMail.ErrorLength]), cancellationToken);
                failed++;
            }
        }

        return new DispatchSummary(sent, failed);
    }

    /// <summary>1 minute after the first failed attempt, then doubling, at most a day.</summary>
    public static TimeSpan Backoff(int attempts) => TimeSpan.FromMinutes(Math.Min(24 * 60, Math.Pow(2, Math.Clamp(attempts - 1, 0, 20))));

    /// <summary>A failed message may be tried again from the admin page: back to pending, with its attempts counted afresh.</summary>
    public static Task<int> RetryAsync(InventoryDbContext db, long id, DateTime nowUtc, CancellationToken cancellationToken) =>
        db.OutgoingMails.Where(m => m.Id == id && m.Status == OutgoingMailStatus.Failed).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, OutgoingMailStatus.Pending).SetProperty(m => m.Attempts, 0).SetProperty(m => m.NextAttemptAt, nowUtc), cancellationToken);

    private async Task<bool> ClaimAsync(InventoryDbContext db, long id, DateTime now, CancellationToken cancellationToken) =>
        await db.OutgoingMails
            .Where(m => m.Id == id && ((m.Status == OutgoingMailStatus.Pending && m.NextAttemptAt <= now)
                                       || (m.Status == OutgoingMailStatus.Sending && m.ClaimedUntil < now)))
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutgoingMailStatus.Sending).SetProperty(m => m.ClaimedBy, instance)
                .SetProperty(m => m.ClaimedUntil, now + ClaimDuration).SetProperty(m => m.Attempts, m => m.Attempts + 1), cancellationToken) == 1;
}

public sealed record DispatchSummary(int Sent, int Failed);
