using ItInventory.Web.Data;
using ItInventory.Web.Data.Entities;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Features.Notifications;

/// <summary>A message that did not go out (yet): failed for good, or waiting for its next attempt after a failure.</summary>
public sealed record StuckMail(long Id, string ToAddress, string Subject, OutgoingMailStatus Status, int Attempts, DateTime NextAttemptAt, string? LastError, DateOnly DueOn);

public sealed record TestMailResult(bool Sent, string Message);

/// <summary>
/// The administrator's view of the tenant's outgoing mail ("Mailversand"): what failed or waits for a retry, a retry now,
/// and a test mail to the administrator's own confirmed address, sent at once so that the SMTP settings can be checked.
/// </summary>
public sealed class MailQueueService(IDbContextFactory<InventoryDbContext> contextFactory, ICurrentUser currentUser, SmtpMailSender sender,
    IOptions<MailOptions> mail, TimeProvider time)
{
    public MailOptions Settings => mail.Value;

    public async Task<IReadOnlyList<StuckMail>> ListAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.Administer);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.OutgoingMails.AsNoTracking()
            .Where(m => m.Status == OutgoingMailStatus.Failed || (m.Status == OutgoingMailStatus.Pending && m.Attempts > 0))
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .Select(m => new StuckMail(m.Id, m.ToAddress, m.Subject, m.Status, m.Attempts, m.NextAttemptAt, m.LastError, m.DueOn))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The next pass tries it (a failed one with its attempts counted afresh); false for an id not waiting here.</summary>
    public async Task<bool> RetryAsync(long id, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.Administer);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var changed = await MailDispatcher.RetryAsync(db, id, now, cancellationToken);
        changed += await db.OutgoingMails.Where(m => m.Id == id && m.Status == OutgoingMailStatus.Pending && m.Attempts > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, now), cancellationToken);
        return changed > 0;
    }

    public async Task<TestMailResult> SendTestAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.Administer);
        if (!sender.IsConfigured)
        {
            return new TestMailResult(false, "Es ist kein Mailserver eingestellt (Mail__Host, Mail__From): Es wurde nichts gesendet.");
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var user = await SignedInUser.FindAsync(db, currentUser, cancellationToken) ?? throw SignedInUser.NotInTenant();
        if (string.IsNullOrEmpty(user.Account.Email) || !user.Account.EmailConfirmed)
        {
            return new TestMailResult(false, "Ihr Konto hat keine bestätigte E-Mail-Adresse. Bitte zuerst unter „Benachrichtigungen“ eine Adresse eintragen und bestätigen.");
        }

        var city = await db.Tenants.Where(t => t.Id == db.CurrentTenantId).Select(t => t.Name).SingleOrDefaultAsync(cancellationToken);
        var text = $"Diese Testnachricht zeigt, dass das IT-Inventar {city} über {mail.Value.Host}:{mail.Value.Port} E-Mails senden kann.";
        var test = new OutgoingMail
        {
            Key = $"test|{user.Account.Id}|{Guid.NewGuid():N}", RecipientUserId = user.Account.Id, ToAddress = user.Account.Email,
            Subject = "Testnachricht aus dem IT-Inventar", TextBody = text, HtmlBody = $"<p>{MailText.Html(text)}</p>",
        };
        try
        {
            await sender.SendAsync(test, cancellationToken);
            return new TestMailResult(true, $"Die Testnachricht wurde an {user.Account.Email} gesendet.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new TestMailResult(false, MailErrors.German(ex));
        }
    }
}
