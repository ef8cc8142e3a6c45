using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Web.Features.Contracts;
using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Web.Features.Notifications;

/// <summary>
/// Writes contracts' notice deadlines and decision dates as an iCalendar feed (RFC 5545) with Ical.Net, which folds,
/// escapes and encodes. Both are all-day events; the notice deadline carries one alarm per reminder offset of its
/// contract, so a calendar warns on the same days the reminder mails go out.
/// </summary>
public static class DeadlinesCalendar
{
    public const string ProductId = "-//ItInventory//Vertragsfristen//DE";

    /// <param name="tenantId">Part of every UID: two cities' contract 7 are two events, not one.</param>
    public static string Write(IEnumerable<ReminderSubject> contracts, int tenantId, string cityName, string baseUrl, DateTime stampUtc)
    {
        var calendar = new Calendar { ProductId = ProductId, Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", $"Vertragsfristen {cityName}");
        calendar.AddProperty("X-WR-CALDESC", $"Kündigungsfristen und Entscheidungstermine der IT-Verträge der Stadt {cityName} (ItInventory)");
        var stamp = new CalDateTime(DateTime.SpecifyKind(stampUtc, DateTimeKind.Utc));
        foreach (var contract in contracts.Where(c => c.Deadlines.IsActive))
        {
            var link = $"{baseUrl.TrimEnd('/')}/vertraege/{contract.Facts.Id}";
            if (contract.Deadlines.NoticeDeadline is { } notice)
            {
                var deadline = Event(contract, tenantId, "kuendigungsfrist", notice, stamp, link,
                    $"Kündigungsfrist: {contract.Facts.Number} {contract.Facts.Title}",
                    $"Letzter Tag für den Eingang der Kündigung beim Anbieter, damit der Vertrag zum {Date(contract.Deadlines.NextTerminationDate)} endet.");
                foreach (var offset in contract.Offsets)
                {
                    deadline.Alarms.Add(new Alarm
                    {
                        Action = AlarmAction.Display,
                        Description = $"In {offset.Label} endet die Kündigungsfrist: {contract.Facts.Title} ({contract.Facts.Number})",
                        Trigger = new Trigger(Duration.FromDays(offset.DueBefore(notice).DayNumber - notice.DayNumber)),
                    });
                }

                calendar.Events.Add(deadline);
            }

            // The decisions the list, the dashboard and the findings show (DecisionDue); an overdue one says so.
            if (ContractDecision.Of(contract.Deadlines) is { } decision)
            {
                calendar.Events.Add(Event(contract, tenantId, "entscheidung", decision.Date, stamp, link,
                    (decision.IsOverdue ? "Entscheidung überfällig: " : "Entscheidung fällig: ") + $"{contract.Facts.Number} {contract.Facts.Title}",
                    decision.IsOverdue
                        ? $"Die Entscheidung ist {decision.Urgency}; solange die Kündigungsfrist läuft, ist sie noch möglich."
                        : "Bis heute entscheiden, ob der Vertrag verlängert oder gekündigt wird."));
            }
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>Stable per tenant, contract, kind and date: a calendar updates the event instead of duplicating it.</summary>
    public static string Uid(int tenantId, int contractId, string kind, DateOnly date) =>
        $"mandant-{tenantId}-vertrag-{contractId}-{kind}-{date:yyyyMMdd}@itinventory";

    private static CalendarEvent Event(ReminderSubject contract, int tenantId, string kind, DateOnly date, CalDateTime stamp, string link,
        string summary, string purpose)
    {
        ContractDeadlines d = contract.Deadlines;
        var facts = contract.Facts;
        var description = string.Join("\n",
            purpose,
            $"Anbieter: {facts.Vendor}",
            $"Produkte: {(facts.Products.Count == 0 ? "keine zugeordnet" : string.Join(", ", facts.Products))}",
            $"Vertragsbeginn: {Date(contract.Start)}",
            $"Laufende Periode bis: {Date(d.CurrentTermEnd)}",
            $"Nächster Kündigungstermin: {Date(d.NextTerminationDate)}",
            $"Kündigungsfrist: {contract.NoticePeriodMonths} Monate",
            $"Entscheidungsdatum: {Date(d.DecisionDate)}",
            $"Vertrag: {link}");
        return new CalendarEvent
        {
            Uid = Uid(tenantId, facts.Id, kind, date),
            DtStamp = stamp,
            DtStart = new CalDateTime(date),
            DtEnd = new CalDateTime(date.AddDays(1)),
            Summary = summary,
            Description = description,
            Url = new Uri(link),
            Transparency = TransparencyType.Transparent,
        };
    }
}
