using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Core.Notifications;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Notifications;

/// <summary>
/// Records the contract reminders due on a day for the context's tenant, one row per recipient under its message key.
/// A key recorded before (a restart, a second instance, yesterday's pass) is left alone: recording is what makes the
/// sending exactly once, so it happens before any mail goes out.
/// </summary>
public static class ContractReminderPlanner
{
    public static async Task<int> RecordDueAsync(InventoryDbContext db, DeadlineCalculator calculator, DateOnly asOf, string cityName, string baseUrl,
        DateTime nowUtc, CancellationToken cancellationToken)
    {
        var recipients = await Recipients.LoadAsync(db, cancellationToken);
        var candidates = new List<OutgoingMail>();
        foreach (var subject in await ReminderSubjects.LoadAsync(db, calculator, asOf, cancellationToken))
        {
            if (ReminderSchedule.Due(subject.Deadlines, subject.Offsets, asOf) is not { } reminder)
            {
                continue;
            }

            var mail = ContractReminderMail.Compose(reminder, subject.Facts, cityName, baseUrl);
            candidates.AddRange(recipients
                .Where(r => subject.Reaches(r.UserId, r.Preferences))
                .Select(r => new OutgoingMail
                {
                    Key = reminder.KeyFor(r.UserId), RecipientUserId = r.UserId, ToAddress = r.Email, Subject = MailText.Subject(mail.Subject),
                    TextBody = mail.Text, HtmlBody = mail.Html, DueOn = reminder.DueOn, IsLate = reminder.IsLate,
                    Status = OutgoingMailStatus.Pending, NextAttemptAt = nowUtc, CreatedAt = nowUtc,
                }));
        }

        return await OutgoingMails.RecordNewAsync(db, candidates, cancellationToken);
    }
}
