using Microsoft.Extensions.Options;

namespace ItInventory.Web.Infrastructure;

/// <summary>Checked at start: a mail server that is half configured stops the app with one German line per problem.</summary>
public sealed class MailOptionsValidator(IConfiguration configuration) : IValidateOptions<MailOptions>
{
    private const string Prefix = MailOptions.Section;

    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        var failures = new List<string>();
        if (PasswordInAppSettings())
        {
            failures.Add($"{Prefix}:Password steht in einer appsettings-Datei; bitte nur als Umgebungsvariable {Prefix}__Password setzen.");
        }

        if (options.CheckInterval < TimeSpan.FromMinutes(1) || options.CheckInterval > TimeSpan.FromDays(1))
        {
            failures.Add($"{Prefix}:CheckInterval muss zwischen 00:01:00 und 1.00:00:00 liegen ({options.CheckInterval} ist außerhalb).");
        }

        if (options.MaxAttempts is < 1 or > 20)
        {
            failures.Add($"{Prefix}:MaxAttempts muss zwischen 1 und 20 liegen ({options.MaxAttempts} ist außerhalb).");
        }

        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUrl) || (baseUrl.Scheme != Uri.UriSchemeHttp && baseUrl.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add($"{Prefix}:BaseUrl „{options.BaseUrl}“ ist keine http(s)-Adresse (die Adresse der App für Links in E-Mails).");
        }

        if (options.IsConfigured)
        {
            failures.AddRange(ServerProblems(options));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> ServerProblems(MailOptions options)
    {
        if (options.Port is < 1 or > 65535)
        {
            yield return $"{Prefix}:Port muss zwischen 1 und 65535 liegen ({options.Port} ist außerhalb).";
        }

        if (!Enum.TryParse<MailSecurity>(options.Security, ignoreCase: true, out _) || int.TryParse(options.Security, out _))
        {
            yield return $"{Prefix}:Security „{options.Security}“ ist unbekannt; erlaubt sind None, StartTls oder Tls.";
        }

        if (string.IsNullOrWhiteSpace(options.From) || !System.Net.Mail.MailAddress.TryCreate(options.From, out _))
        {
            yield return $"{Prefix}:From fehlt oder ist keine gültige E-Mail-Adresse (der Absender der Erinnerungen, z. B. inventar@stadt.example).";
        }

        if (!string.IsNullOrWhiteSpace(options.UserName) && string.IsNullOrEmpty(options.Password))
        {
            yield return $"{Prefix}:UserName ist gesetzt, aber {Prefix}__Password fehlt (bitte als Umgebungsvariable setzen).";
        }
    }

    private bool PasswordInAppSettings() => configuration is IConfigurationRoot root && root.Providers
        .OfType<Microsoft.Extensions.Configuration.Json.JsonConfigurationProvider>()
        .Any(p => p.TryGet($"{Prefix}:Password", out var value) && !string.IsNullOrEmpty(value));
}
