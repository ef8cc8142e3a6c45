using ItInventory.Web.Data.Entities;
using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Web.Features.Notifications;

/// <summary>
/// A message that goes out after the day it was due (the app was down when it fell due, or the mail server was down
/// when it was to be sent) says so in its subject and first line, so nobody takes a deadline for further off than it is.
/// </summary>
public static class LateNotice
{
    public const string SubjectPrefix = "[verspätet] ";

    public static OutgoingMail Apply(OutgoingMail mail, DateOnly today)
    {
        if (today <= mail.DueOn || mail.Subject.StartsWith(SubjectPrefix, StringComparison.Ordinal))
        {
            return mail;
        }

        var note = $"Diese Nachricht war am {Date(mail.DueOn)} fällig und kommt verspätet (der Mailserver war nicht erreichbar).";
        return new OutgoingMail
        {
            Id = mail.Id, TenantId = mail.TenantId, Key = mail.Key, RecipientUserId = mail.RecipientUserId, ToAddress = mail.ToAddress,
            DueOn = mail.DueOn, IsLate = true, Subject = SubjectPrefix + mail.Subject,
            TextBody = note + "\n\n" + mail.TextBody,
            HtmlBody = $"<p><strong>{MailText.Html(note)}</strong></p>" + mail.HtmlBody,
        };
    }
}
