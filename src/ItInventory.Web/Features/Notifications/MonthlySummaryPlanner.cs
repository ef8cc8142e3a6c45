using ItInventory.Core.Notifications;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Entities;
using ItInventory.Web.Features.Dashboard;
using ItInventory.Web.Features.Findings;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Notifications;

/// <summary>
/// Records the monthly summaries of the context's tenant: one per recipient who switched it on and month, due from the
/// 1st (the first pass on or after it), under <see cref="MessageKey.ForMonthlySummary"/>, so later passes send nothing.
/// The figures are the overview's (DashboardService) and the weekly digest's (DigestContent), not computed again.
/// </summary>
public static class MonthlySummaryPlanner
{
    public static async Task<int> RecordDueAsync(IServiceProvider services, InventoryDbContext db, DateOnly day, string cityName, string baseUrl,
        DateTime nowUtc, CancellationToken cancellationToken)
    {
        var month = new DateOnly(day.Year, day.Month, 1);
        var due = (await Recipients.LoadAsync(db, cancellationToken))
            .Where(r => r.Preferences.MonthlySummary)
            .Select(r => (Recipient: r, Key: MessageKey.ForMonthlySummary(r.UserId, month)))
            .ToList();
        var known = await OutgoingMails.KnownKeysAsync(db, due.Select(d => d.Key), cancellationToken);
        due = due.Where(d => !known.Contains(d.Key)).ToList();
        if (due.Count == 0)
        {
            return 0;
        }

        // The council's view: the role that reads the overview.
        ICurrentUser reader = FixedCurrentUser.WithRoles("Monatliche Zusammenfassung", Roles.ItLeitung);
        var analysis = ActivatorUtilities.CreateInstance<AnalysisService>(services, reader);
        var figures = await ActivatorUtilities.CreateInstance<DashboardService>(services, analysis, reader).GetAsync(cancellationToken: cancellationToken);
        var content = await DigestContent.LoadAsync(services, db, day, cancellationToken);
        var candidates = new List<OutgoingMail>();
        foreach (var (recipient, key) in due)
        {
            var secret = await NotificationSettingRows.UnsubscribeSecretAsync(db, recipient, cancellationToken);
            var link = $"{baseUrl.TrimEnd('/')}/benachrichtigungen/abmelden?token={TenantTokens.Compose(db.CurrentTenantId!.Value, secret)}&art={DigestUnsubscribe.MonthlyKind}";
            var mail = MonthlySummaryMail.Compose(month, cityName, baseUrl, figures, content.Findings, content, link);
            candidates.Add(new OutgoingMail
            {
                Key = key, RecipientUserId = recipient.UserId, ToAddress = recipient.Email, Subject = mail.Subject, TextBody = mail.Text, HtmlBody = mail.Html,
                // Due on the day it is composed, not on the 1st: its figures are that day's, and only a send that
                // fails until a later day is late (a summary switched on mid-month is not).
                DueOn = day, IsLate = false, Status = OutgoingMailStatus.Pending, NextAttemptAt = nowUtc, CreatedAt = nowUtc,
            });
        }

        return await OutgoingMails.RecordNewAsync(db, candidates, cancellationToken);
    }
}
