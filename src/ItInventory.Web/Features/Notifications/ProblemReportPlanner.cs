using ItInventory.Core.Notifications;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Entities;
using ItInventory.Web.Features.Import;
using ItInventory.Web.Features.Invoices;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using static ItInventory.Core.Formatting.Formats;
using static ItInventory.Web.Features.Notifications.MailText;

namespace ItInventory.Web.Features.Notifications;

/// <summary>
/// Records one message per piece of work that finished with problems, to each recipient whose role may act on it, keyed
/// by the work's id so it goes out once: an Excel import with an open <see cref="ImportRun"/> goes to who may import, a
/// delivery of e-invoices that left files refused or unbooked (<see cref="InvoiceBatch"/>) to who books invoices.
/// Administrators get these though their role's defaults send nothing else: a failed import is theirs to act on; only who
/// switched every mail off gets none. Only work of the last <see cref="RecentDays"/> days: when mail is switched on, older
/// problems are already on "Handlungsbedarf" and in the inbox, and would arrive as a burst of stale news.
/// </summary>
public static class ProblemReportPlanner
{
    public const int RecentDays = 7;

    public static async Task<int> RecordAsync(InventoryDbContext db, DateOnly asOf, string cityName, string baseUrl, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var reports = (await ImportReportsAsync(db, cityName, cancellationToken))
            .Concat(await InvoiceBatchReportsAsync(db, asOf, cityName, cancellationToken))
            .Where(r => r.Day <= asOf && r.Day > asOf.AddDays(-RecentDays))
            .ToList();
        if (reports.Count == 0)
        {
            return 0;
        }

        var recipients = (await Recipients.LoadAsync(db, cancellationToken)).Where(r => !r.SwitchedEverythingOff).ToList();
        var candidates = reports.SelectMany(report => recipients.Where(r => May(r, report.Needed)).Select(r => report.MailTo(r, baseUrl, cityName, nowUtc)));
        return await OutgoingMails.RecordNewAsync(db, [.. candidates], cancellationToken);
    }

    private static bool May(Recipient recipient, Permission permission) =>
        recipient.Role is { } role && Roles.Permissions.TryGetValue(role, out var may) && may.Contains(permission);

    private static async Task<IEnumerable<ProblemReport>> ImportReportsAsync(InventoryDbContext db, string cityName, CancellationToken cancellationToken)
    {
        // Filtered by day in memory: SQLite cannot compare DateTimeOffset columns; open runs are few.
        var runs = await db.ImportRuns.AsNoTracking().Where(r => r.ResolvedAt == null)
            .Select(r => new OpenImportRun(r.Id, r.FileName, r.ImportedBy, r.ImportedAt, r.Created + r.Updated, r.Flagged, r.Errors))
            .ToListAsync(cancellationToken);
        return runs.Select(run =>
        {
            var day = DateOnly.FromDateTime(run.ImportedAt.UtcDateTime);
            return new ProblemReport($"import:{run.Id}", day, Permission.Import, $"Import mit Problemen: {run.FileName}",
                $"Der Import der Datei „{run.FileName}“ vom {Date(day)} ({run.ImportedBy}) im IT-Inventar der Stadt {cityName}: "
                + $"{run.Written} Zeilen übernommen, {run.Problems}.", [], run.ReportLink, "Bericht");
        });
    }

    private static async Task<IEnumerable<ProblemReport>> InvoiceBatchReportsAsync(InventoryDbContext db, DateOnly asOf, string cityName, CancellationToken cancellationToken)
    {
        var from = asOf.AddDays(-RecentDays + 1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var to = asOf.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var batches = await db.InvoiceBatches.AsNoTracking().Where(b => b.ReceivedAtUtc >= from && b.ReceivedAtUtc < to).ToListAsync(cancellationToken);
        return batches.Select(batch =>
        {
            var day = DateOnly.FromDateTime(batch.ReceivedAtUtc);
            var via = batch.Channel == InvoiceBatchChannel.Api ? "über die Schnittstelle" : "hochgeladen";
            return new ProblemReport($"invoices:{batch.Id}", day, Permission.EditCosts, $"Rechnungseingang mit Problemen: {batch.Name}",
                $"Die Lieferung „{batch.Name}“ vom {Date(day)} ({via} von {batch.ReceivedBy}) im Rechnungseingang der Stadt {cityName}: "
                + $"{InvoiceBatches.Counts(batch.Booked, batch.ToReview, batch.Refused)}.",
                batch.Problems.Split('\n', StringSplitOptions.RemoveEmptyEntries), "/rechnungseingang", "Rechnungseingang");
        });
    }

    /// <param name="Details">One line each, listed under the sentence.</param>
    private sealed record ProblemReport(string Source, DateOnly Day, Permission Needed, string Subject, string Sentence,
        IReadOnlyList<string> Details, string Path, string LinkLabel)
    {
        public OutgoingMail MailTo(Recipient recipient, string baseUrl, string cityName, DateTime nowUtc)
        {
            var link = baseUrl.TrimEnd('/') + Path;
            var details = Details.Count == 0 ? "" : "\n\n" + string.Join('\n', Details.Select(d => "- " + d));
            var htmlDetails = Details.Count == 0 ? "" : "<ul>" + string.Concat(Details.Select(d => $"<li>{Html(d)}</li>")) + "</ul>";
            return new OutgoingMail
            {
                Key = MessageKey.ForProblemReport(recipient.UserId, Source, Day), RecipientUserId = recipient.UserId, ToAddress = recipient.Email,
                Subject = MailText.Subject(Subject),
                TextBody = $"{Sentence}{details}\n\n{LinkLabel}: {link}\n\n– IT-Inventar {cityName}",
                HtmlBody = $"<p>{Html(Sentence)}</p>{htmlDetails}<p><a href=\"{Html(link)}\">{Html(LinkLabel)} öffnen</a></p><p>– IT-Inventar {Html(cityName)}</p>",
                DueOn = Day, Status = OutgoingMailStatus.Pending, NextAttemptAt = nowUtc, CreatedAt = nowUtc,
            };
        }
    }
}
