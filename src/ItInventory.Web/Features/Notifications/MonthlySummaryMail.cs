using ItInventory.Core.Analysis;
using ItInventory.Core.Analysis.Prices;
using ItInventory.Web.Features.Dashboard;
using ItInventory.Web.Features.Findings;
using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Web.Features.Notifications;

/// <summary>
/// The council's monthly summary, plain and as simple HTML: the overview's figures (the year's IT spend and its change
/// against the year before, products with lock-in, open findings by severity, decisions due in the next 90 days).
/// </summary>
public sealed record MonthlySummaryMail(string Subject, string Text, string Html)
{
    public static MonthlySummaryMail Compose(DateOnly firstOfMonth, string cityName, string baseUrl, DashboardFigures figures,
        IReadOnlyList<FindingRow> findings, DigestContent content, string unsubscribeLink)
    {
        var root = baseUrl.TrimEnd('/');
        var month = firstOfMonth.ToString("MMMM yyyy", German);
        var subject = $"Monatliche Zusammenfassung {month}: IT-Inventar {cityName}";
        var year = figures.Year;
        var previous = figures.Trend.Years.FirstOrDefault(y => y.Year == year.Year - 1);
        var change = previous is null || previous.Amount == 0m ? ""
            : $", {(figures.Spend.Total >= previous.Amount ? "+" : "−")}{Percent(Math.Abs(figures.Spend.Total / previous.Amount - 1m))} gegenüber {previous.Year} ({Euro(previous.Amount)})";
        var bySeverity = Enum.GetValues<Severity>().OrderDescending()
            .Select(s => $"{FindingLabels.Of(s)}: {findings.Count(f => f.Finding.Severity == s)}");
        var lines = new List<(string Label, string Value, string Link)>
        {
            ($"IT-Ausgaben {year.Year} ({YearCostRule.Label(year.Basis)})", Euro(figures.Spend.Total) + change, $"{root}/"),
            ("Produkte mit Lock-in (praktisch nicht ablösbar)", $"{figures.LockIn.HardProducts.Count} von {figures.LockIn.ProductCount}", $"{root}/auffaelligkeiten?art={nameof(FindingKind.LockInHard)}"),
            ("Offene Auffälligkeiten", string.Join(", ", bySeverity), $"{root}/auffaelligkeiten"),
            ($"Entscheidungen in den nächsten {DigestContent.DeadlineDays} Tagen", content.Deadlines.Count.ToString(German), $"{root}/vertraege"),
        };
        var decisions = content.Deadlines.Select(c => $"{c.ContractNumber} {c.Title}: Entscheidung bis {Date(c.Decision!.Date)}").ToList();
        var intro = $"Die monatliche Zusammenfassung des IT-Inventars der Stadt {cityName} für {month} (Stand {Date(figures.AsOf)}).";
        var footer = "Sie erhalten diese Zusammenfassung, weil sie in Ihren Benachrichtigungen eingeschaltet ist.";

        var text = new List<string> { intro, "" };
        text.AddRange(lines.Select(l => $"{l.Label}: {l.Value}\n  {l.Link}"));
        text.AddRange(decisions.Select(d => $"- {d}"));
        text.AddRange(["", $"{footer} Abbestellen: {unsubscribeLink}", "", $"– IT-Inventar {cityName}"]);
        var html = $"<p>{MailText.Html(intro)}</p><ul>"
                   + string.Concat(lines.Select(l => $"<li><a href=\"{MailText.Html(l.Link)}\">{MailText.Html(l.Label)}</a>: {MailText.Html(l.Value)}</li>")) + "</ul>"
                   + (decisions.Count == 0 ? "" : "<ul>" + string.Concat(decisions.Select(d => $"<li>{MailText.Html(d)}</li>")) + "</ul>")
                   + $"<p>{MailText.Html(footer)} <a href=\"{MailText.Html(unsubscribeLink)}\">Zusammenfassung abbestellen</a></p><p>– IT-Inventar {MailText.Html(cityName)}</p>";
        return new MonthlySummaryMail(subject, string.Join("\n", text), html);
    }
}
