using System.Globalization;
using System.Text;
using ItInventory.Web.Features.Contracts;

namespace ItInventory.Web.Features.Api;

/// <summary>
/// Writes the contracts' notice deadlines and decision dates as an iCalendar feed (RFC 5545). Written by hand: the
/// feed needs all-day events only, which is a few dozen lines, not worth a dependency.
/// </summary>
public static class DeadlinesCalendar
{
    public static string Write(IEnumerable<ContractListRow> contracts, DateTime stampUtc)
    {
        var ics = new StringBuilder();
        Line(ics, "BEGIN:VCALENDAR");
        Line(ics, "VERSION:2.0");
        Line(ics, "PRODID:-//ItInventory//Vertragsfristen//DE");
        Line(ics, "CALSCALE:GREGORIAN");
        Line(ics, "METHOD:PUBLISH");
        Line(ics, "X-WR-CALNAME:" + Escape("ItInventory – Vertragsfristen"));
        foreach (var contract in contracts.Where(c => c.Deadlines.IsActive))
        {
            if (contract.Deadlines.NoticeDeadline is { } notice)
            {
                Event(ics, contract, "kuendigungsfrist", notice, stampUtc,
                    $"Kündigungsfrist: {contract.ContractNumber} {contract.Title}",
                    $"Letzter Tag für den Eingang der Kündigung, damit der Vertrag zum {Formats.Date(contract.Deadlines.NextTerminationDate)} endet.");
            }

            // The decisions the list, the dashboard and the findings show (DecisionDue); an overdue one says so.
            if (contract.Decision is { } decision)
            {
                Event(ics, contract, "entscheidung", decision.Date, stampUtc,
                    (decision.IsOverdue ? "Entscheidung überfällig: " : "Entscheidung fällig: ") + $"{contract.ContractNumber} {contract.Title}",
                    decision.IsOverdue
                        ? $"Die Entscheidung ist {decision.Urgency}; solange die Kündigungsfrist läuft, ist sie noch möglich."
                        : "Bis heute entscheiden, ob der Vertrag verlängert oder gekündigt wird.");
            }
        }

        Line(ics, "END:VCALENDAR");
        return ics.ToString();
    }

    private static void Event(StringBuilder ics, ContractListRow contract, string kind, DateOnly date, DateTime stampUtc, string summary, string purpose)
    {
        var d = contract.Deadlines;
        var terms = string.Join("\n",
            purpose,
            $"Anbieter: {contract.Vendor}",
            $"Vertragsbeginn: {Formats.Date(contract.Start)}",
            $"Laufende Periode bis: {Formats.Date(d.CurrentTermEnd)}",
            $"Nächster Kündigungstermin: {Formats.Date(d.NextTerminationDate)}",
            $"Kündigungsfrist: {contract.NoticePeriodMonths} Monate",
            $"Entscheidungsdatum: {Formats.Date(d.DecisionDate)}");
        Line(ics, "BEGIN:VEVENT");
        // Stable per contract, kind and date: a calendar updates the event instead of duplicating it.
        Line(ics, $"UID:vertrag-{contract.Id}-{kind}-{date:yyyyMMdd}@itinventory");
        Line(ics, "DTSTAMP:" + stampUtc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
        Line(ics, $"DTSTART;VALUE=DATE:{date:yyyyMMdd}");
        Line(ics, $"DTEND;VALUE=DATE:{date.AddDays(1):yyyyMMdd}");
        Line(ics, "SUMMARY:" + Escape(summary));
        Line(ics, "DESCRIPTION:" + Escape(terms));
        Line(ics, "TRANSP:TRANSPARENT");
        Line(ics, "END:VEVENT");
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r\n", "\\n").Replace("\n", "\\n");

    /// <summary>Content lines end in CRLF and fold at 75 octets (RFC 5545 3.1), never inside a UTF-8 character.</summary>
    private static void Line(StringBuilder ics, string line)
    {
        var octets = 0;
        var first = true;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > (first ? 75 : 74))
            {
                ics.Append("\r\n ");
                octets = 0;
                first = false;
            }

            ics.Append(rune.ToString());
            octets += size;
        }

        ics.Append("\r\n");
    }
}
