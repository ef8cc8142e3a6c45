using System.Globalization;
using ItInventory.Core.Analysis;
using ItInventory.Web.Features.Contracts;
using ItInventory.Web.Features.Findings;
using ItInventory.Web.Features.Invoices;
using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Web.Features.Notifications;

/// <summary>The German text of a weekly digest, plain and as simple HTML, with the unsubscribe link at its end.</summary>
public sealed record WeeklyDigestMail(string Subject, string Text, string Html)
{
    public const string FindingsHeading = "Neue Auffälligkeiten";
    public const string InvoicesHeading = "Rechnungen zur Prüfung";
    public const string DeadlinesHeading = "Fristen der nächsten 90 Tage";

    /// <summary>A mail lists this many findings or invoices at most; the rest are counted and linked (the first digest names every finding).</summary>
    public const int MaxListed = 25;

    public static WeeklyDigestMail Compose(DateOnly weekMonday, string cityName, string baseUrl, Severity minimumSeverity,
        IReadOnlyList<FindingRow> newFindings, IReadOnlyList<InvoiceRow> invoices, IReadOnlyList<ContractListRow> deadlines, string unsubscribeLink)
    {
        var root = baseUrl.TrimEnd('/');
        var week = ISOWeek.GetWeekOfYear(weekMonday.ToDateTime(TimeOnly.MinValue));
        var subject = $"Wochenübersicht KW {week}: IT-Inventar {cityName}";
        var sections = new List<Section>
        {
            new($"{FindingsHeading} (ab {FindingLabels.Of(minimumSeverity)})", "Keine neuen Auffälligkeiten seit der letzten Wochenübersicht.",
                newFindings.Count, $"{root}/auffaelligkeiten",
                newFindings.Select(f => ($"[{FindingLabels.Of(f.Finding.Severity)}] {f.Finding.Title}: {f.Finding.Explanation}", root + f.Link))),
            new(InvoicesHeading, "Keine Rechnung wartet auf Prüfung.", invoices.Count, $"{root}/rechnungseingang",
                invoices.Select(i => ($"{i.Number} von {i.SellerName} vom {Date(i.IssueDate)}, {EuroCents(i.Gross)}", $"{root}/rechnungseingang"))),
            new(DeadlinesHeading, "Keine Entscheidung in den nächsten 90 Tagen.", deadlines.Count, $"{root}/vertraege",
                deadlines.Select(c => ($"{c.ContractNumber} {c.Title} ({c.Vendor}): Entscheidung {c.Decision!.Urgency} ({Date(c.Decision.Date)}), Kündigungsfrist {Date(c.Deadlines.NoticeDeadline)}",
                    $"{root}/vertraege/{c.Id}"))),
        };
        var intro = $"Die Wochenübersicht des IT-Inventars der Stadt {cityName} für die Kalenderwoche {week} (ab {Date(weekMonday)}).";
        var footer = $"Sie erhalten diese Übersicht, weil sie in Ihren Benachrichtigungen eingeschaltet ist. Abbestellen: {unsubscribeLink}";

        var text = new List<string> { intro, "" };
        var html = $"<p>{MailText.Html(intro)}</p>";
        foreach (var section in sections)
        {
            var items = section.Items.Take(MaxListed).ToList();
            var more = section.Total > items.Count ? $"… und {section.Total - items.Count} weitere" : null;
            text.Add($"{section.Heading} ({section.Total})");
            text.AddRange(items.Count == 0 ? [section.Empty] : items.Select(i => $"- {i.Line}\n  {i.Link}"));
            if (more is not null) text.Add($"{more}: {section.All}");
            text.Add("");
            html += $"<h2>{MailText.Html(section.Heading)} ({section.Total})</h2>" + (items.Count == 0
                ? $"<p>{MailText.Html(section.Empty)}</p>"
                : "<ul>" + string.Concat(items.Select(i => $"<li><a href=\"{MailText.Html(i.Link)}\">{MailText.Html(i.Line)}</a></li>")) + "</ul>")
                + (more is null ? "" : $"<p><a href=\"{MailText.Html(section.All)}\">{MailText.Html(more)}</a></p>");
        }

        text.AddRange([footer, "", $"– IT-Inventar {cityName}"]);
        html += $"<p>Sie erhalten diese Übersicht, weil sie in Ihren Benachrichtigungen eingeschaltet ist. <a href=\"{MailText.Html(unsubscribeLink)}\">Wochenübersicht abbestellen</a></p>"
                + $"<p>– IT-Inventar {MailText.Html(cityName)}</p>";
        return new WeeklyDigestMail(subject, string.Join("\n", text), html);
    }

    private sealed record Section(string Heading, string Empty, int Total, string All, IEnumerable<(string Line, string Link)> Items);
}
