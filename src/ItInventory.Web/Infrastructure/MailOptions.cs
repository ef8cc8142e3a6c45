namespace ItInventory.Web.Infrastructure;

public enum MailSecurity
{
    None,
    StartTls,
    Tls,
}

/// <summary>
/// The SMTP server reminders go out through, bound from the "Mail" section (<c>Mail__Host</c>, <c>Mail__Port</c>, …).
/// Without a host nothing is sent: a development start or a test mails no one unless a server is configured.
/// The password belongs in the environment (<c>Mail__Password</c>); <see cref="MailOptionsValidator"/> refuses it in appsettings.
/// </summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    /// <summary>None, StartTls or Tls; a text so that a wrong value gets a German message instead of a binder exception.</summary>
    public string Security { get; set; } = nameof(MailSecurity.StartTls);
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string? From { get; set; }

    /// <summary>How often the background service looks for due messages.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Attempts per message before it shows as failed; between them the wait doubles, from one minute.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The app's public address, for the links in mails (contract, verification, unsubscribe).</summary>
    public string BaseUrl { get; set; } = "http://localhost:5278";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    public MailSecurity SecurityMode => Enum.TryParse<MailSecurity>(Security, ignoreCase: true, out var mode) ? mode : MailSecurity.StartTls;
}
