using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace ItInventory.Web.Features.Notifications;

/// <summary>Why a send failed, in German for the pages, with the server's own words where it gave any.</summary>
public static class MailErrors
{
    public static string German(Exception ex) => ex switch
    {
        SocketException or IOException { InnerException: SocketException } =>
            $"Der Mailserver ist nicht erreichbar ({ex.Message}). Bitte Mail__Host und Mail__Port prüfen.",
        AuthenticationException => $"Der Mailserver hat die Anmeldung abgelehnt ({ex.Message}). Bitte Mail__UserName und Mail__Password prüfen.",
        SslHandshakeException => $"Die verschlüsselte Verbindung kam nicht zustande ({ex.Message}). Bitte Mail__Security (None, StartTls, Tls) prüfen.",
        SmtpCommandException smtp => $"Der Mailserver hat die Nachricht abgelehnt ({(int)smtp.StatusCode}: {smtp.Message}).",
        SmtpProtocolException or ServiceNotConnectedException => $"Der Mailserver antwortete nicht wie erwartet ({ex.Message}).",
        TimeoutException or OperationCanceledException => "Der Mailserver hat nicht rechtzeitig geantwortet.",
        _ => $"Senden fehlgeschlagen: {ex.Message}",
    };
}
