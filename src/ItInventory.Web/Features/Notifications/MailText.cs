using System.Net;
using ItInventory.Web.Data.Entities;
using ItInventory.Core.Formatting;

namespace ItInventory.Web.Features.Notifications;

/// <summary>What every mail the app writes shares: escaped HTML and a subject that fits its column.</summary>
public static class MailText
{
    public static string Html(string text) => WebUtility.HtmlEncode(text);

    public static string Subject(string subject) => Formats.Clip(subject, OutgoingMail.SubjectLength);
}
