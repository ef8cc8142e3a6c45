using ItInventory.Core.Notifications;
using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Web.Features.Notifications;

/// <summary>The German text of a contract reminder, plain and as simple HTML.</summary>
public sealed record ContractReminderMail(string Subject, string Text, string Html)
{
    public static ContractReminderMail Compose(ContractReminder reminder, ContractFacts contract, string cityName, string baseUrl)
    {
        var deadlines = reminder.Deadlines;
        var why = reminder.Occasion == ReminderOccasion.DecisionDate
            ? "Heute ist der Entscheidungstermin"
            : $"In {reminder.Offset!.Value.Label} endet die Kündigungsfrist";
        var late = reminder.IsLate ? LateNotice.SubjectPrefix : "";
        var subject = $"{late}{why}: {contract.Title} ({contract.Number})";
        var link = $"{baseUrl.TrimEnd('/')}/vertraege/{contract.Id}";
        var lines = new List<(string Label, string Value)>
        {
            ("Vertrag", $"{contract.Title} ({contract.Number}), {contract.Vendor}"),
            ("Produkte", contract.Products.Count == 0 ? "keine zugeordnet" : string.Join(", ", contract.Products)),
            ("Nächstes mögliches Vertragsende", Date(deadlines.NextTerminationDate)),
            ("Kündigungsfrist (Eingang beim Anbieter bis)", deadlines.NoticeDeadline is null ? "keine Kündigung nötig" : Date(deadlines.NoticeDeadline)),
            ("Entscheidungstermin", Date(deadlines.DecisionDate)),
        };
        var lateNote = reminder.IsLate
            ? $"Diese Erinnerung war am {Date(reminder.DueOn)} fällig und kommt verspätet (die App lief nicht oder konnte nicht senden)."
            : null;
        var intro = $"{why} für einen Vertrag der Stadt {cityName}.";

        var text = string.Join("\n", new[] { intro, lateNote, "" }.OfType<string>()
            .Concat(lines.Select(l => $"{l.Label}: {l.Value}"))
            .Concat(["", $"Zum Vertrag: {link}", "", $"– IT-Inventar {cityName}"]));
        var html = $"<p>{MailText.Html(intro)}</p>"
                   + (lateNote is null ? "" : $"<p><strong>{MailText.Html(lateNote)}</strong></p>")
                   + "<table>" + string.Concat(lines.Select(l => $"<tr><th align=\"left\">{MailText.Html(l.Label)}</th><td>{MailText.Html(l.Value)}</td></tr>")) + "</table>"
                   + $"<p><a href=\"{MailText.Html(link)}\">Zum Vertrag</a></p><p>– IT-Inventar {MailText.Html(cityName)}</p>";
        return new ContractReminderMail(subject, text, html);
    }
}

/// <summary>What a reminder names of its contract.</summary>
public sealed record ContractFacts(int Id, string Number, string Title, string Vendor, IReadOnlyList<string> Products, IReadOnlyList<int> DepartmentIds);
