using ItInventory.Core.Analysis;
using ItInventory.Core.Notifications;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Notifications;

/// <summary>
/// Records the weekly digests due at a moment for the context's tenant: one per recipient and ISO week
/// (<see cref="DigestSchedule.DueWeek"/>), under its message key, so a later pass that week finds it and sends nothing.
/// </summary>
public static class WeeklyDigestPlanner
{
    public static async Task<int> RecordDueAsync(IServiceProvider services, InventoryDbContext db, DateTime now, string cityName, string baseUrl,
        DateTime nowUtc, CancellationToken cancellationToken)
    {
        var due = (await Recipients.LoadAsync(db, cancellationToken))
            .Select(r => (Recipient: r, Week: DigestSchedule.DueWeek(now, r.Preferences)))
            .Where(x => x.Week is not null)
            .Select(x => (x.Recipient, Week: x.Week!.Value, Key: MessageKey.ForDigest(x.Recipient.UserId, x.Week.Value)))
            .ToList();
        var known = await OutgoingMails.KnownKeysAsync(db, due.Select(d => d.Key), cancellationToken);
        due = due.Where(d => !known.Contains(d.Key)).ToList();
        if (due.Count == 0)
        {
            return 0;
        }

        var content = await DigestContent.LoadAsync(services, db, DateOnly.FromDateTime(now), cancellationToken);
        var candidates = new List<OutgoingMail>();
        foreach (var (recipient, week, key) in due)
        {
            var preferences = recipient.Preferences;
            var secret = await NotificationSettingRows.UnsubscribeSecretAsync(db, recipient, cancellationToken);
            var previous = await db.OutgoingMails.AsNoTracking()
                .Where(m => m.RecipientUserId == recipient.UserId && m.FindingKeys != null && m.DueOn < week)
                .OrderByDescending(m => m.DueOn).Select(m => m.FindingKeys).FirstOrDefaultAsync(cancellationToken);
            var included = content.Findings
                .Where(f => preferences.Includes(f.Finding.Severity, f.Finding.Subject.Kind == SubjectKind.Contract) && preferences.Covers(f.DepartmentIds))
                .ToList();
            var deadlines = content.Deadlines.Where(c => preferences.Covers(content.ContractDepartments[c.Id])).ToList();
            var link = $"{baseUrl.TrimEnd('/')}/benachrichtigungen/abmelden?token={TenantTokens.Compose(db.CurrentTenantId!.Value, secret)}";
            var mail = WeeklyDigestMail.Compose(week, cityName, baseUrl, preferences.MinimumSeverity,
                DigestFindings.New(included, f => f.Finding, DigestFindings.Parse(previous)), content.InvoicesToReview, deadlines, link);
            var slot = DigestSchedule.SlotIn(week, preferences.DigestDay, preferences.DigestHour);
            candidates.Add(new OutgoingMail
            {
                Key = key, RecipientUserId = recipient.UserId, ToAddress = recipient.Email, Subject = mail.Subject, TextBody = mail.Text, HtmlBody = mail.Html,
                DueOn = DateOnly.FromDateTime(slot), IsLate = DigestSchedule.IsLate(slot, now), Status = OutgoingMailStatus.Pending,
                NextAttemptAt = nowUtc, CreatedAt = nowUtc, FindingKeys = DigestFindings.Format(included.Select(f => f.Finding)),
            });
        }

        return await OutgoingMails.RecordNewAsync(db, candidates, cancellationToken);
    }
}
