using ItInventory.Core.Notifications;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Entities;
using ItInventory.Web.Features.Import;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Web.Features.Notifications;

/// <summary>
/// Records one message per import that finished with problems (an open <see cref="ImportRun"/>) to each recipient who
/// may import (administrators: their role's defaults send nothing else, but a failed import is theirs to act on; only
/// who switched every mail off gets none), keyed by the run's id, so it goes out once. Only runs of the last <see cref="RecentDays"/> days: when mail
/// is switched on, the old open runs are already on "Handlungsbedarf" and would arrive as a burst of stale news.
/// </summary>
public static class ImportProblemPlanner
{
    public const int RecentDays = 7;

    public static async Task<int> RecordAsync(InventoryDbContext db, DateOnly asOf, string cityName, string baseUrl, DateTime nowUtc, CancellationToken cancellationToken)
    {
        // Filtered here: SQLite cannot compare DateTimeOffset columns; open runs are few.
        var runs = (await db.ImportRuns.AsNoTracking().Where(r => r.ResolvedAt == null)
                .Select(r => new OpenImportRun(r.Id, r.FileName, r.ImportedBy, r.ImportedAt, r.Created + r.Updated, r.Flagged, r.Errors))
                .ToListAsync(cancellationToken))
            .Where(r => DateOnly.FromDateTime(r.ImportedAt.UtcDateTime) is var day && day <= asOf && day > asOf.AddDays(-RecentDays))
            .ToList();
        if (runs.Count == 0)
        {
            return 0;
        }

        var recipients = (await Recipients.LoadAsync(db, cancellationToken))
            .Where(r => r.Role is { } role && Roles.Permissions.TryGetValue(role, out var may) && may.Contains(Permission.Import) && !r.SwitchedEverythingOff)
            .ToList();
        var candidates = runs.SelectMany(run =>
        {
            var day = DateOnly.FromDateTime(run.ImportedAt.UtcDateTime);
            var link = baseUrl.TrimEnd('/') + run.ReportLink;
            var subject = $"Import mit Problemen: {run.FileName}";
            var text = $"Der Import der Datei „{run.FileName}“ vom {Date(day)} ({run.ImportedBy}) im IT-Inventar der Stadt {cityName}: "
                       + $"{run.Written} Zeilen übernommen, {run.Problems}.\n\nBericht: {link}\n\n– IT-Inventar {cityName}";
            var html = $"<p>{Enc($"Der Import der Datei „{run.FileName}“ vom {Date(day)} ({run.ImportedBy}) im IT-Inventar der Stadt {cityName}: {run.Written} Zeilen übernommen, {run.Problems}.")}</p>"
                       + $"<p><a href=\"{Enc(link)}\">Bericht öffnen</a></p><p>– IT-Inventar {Enc(cityName)}</p>";
            return recipients.Select(r => new OutgoingMail
            {
                Key = MessageKey.ForProblemReport(r.UserId, $"import:{run.Id}", day), RecipientUserId = r.UserId, ToAddress = r.Email,
                Subject = subject.Length <= OutgoingMail.SubjectLength ? subject : subject[..OutgoingMail.SubjectLength], TextBody = text, HtmlBody = html,
                DueOn = day, Status = OutgoingMailStatus.Pending, NextAttemptAt = nowUtc, CreatedAt = nowUtc,
            });
        }).ToList();
        return await OutgoingMails.RecordNewAsync(db, candidates, cancellationToken);
    }

    private static string Enc(string text) => System.Net.WebUtility.HtmlEncode(text);
}
