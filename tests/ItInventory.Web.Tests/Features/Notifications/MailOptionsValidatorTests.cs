using ItInventory.Web.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace ItInventory.Web.Tests.Features.Notifications;

public class MailOptionsValidatorTests
{
    private static readonly MailOptionsValidator Validator = new(new ConfigurationBuilder().Build());

    [Fact]
    public void Without_a_host_mail_is_off_and_nothing_else_is_required()
    {
        Assert.True(Validator.Validate(null, new MailOptions()).Succeeded);
    }

    [Theory]
    [InlineData(25, "None", "inventar@stadt.example", null, null)]
    [InlineData(0, "StartTls", "inventar@stadt.example", null, "Mail:Port muss zwischen 1 und 65535 liegen")]
    [InlineData(465, "SSL", "inventar@stadt.example", null, "Mail:Security „SSL“ ist unbekannt; erlaubt sind None, StartTls oder Tls.")]
    [InlineData(465, "1", "inventar@stadt.example", null, "Mail:Security „1“ ist unbekannt")]
    [InlineData(587, "Tls", "kein-absender", null, "Mail:From fehlt oder ist keine gültige E-Mail-Adresse")]
    [InlineData(587, "Tls", "inventar@stadt.example", "inventar", "Mail:UserName ist gesetzt, aber Mail__Password fehlt")]
    public void A_configured_server_is_checked_with_german_messages(int port, string security, string from, string? userName, string? message)
    {
        var result = Validator.Validate(null, new MailOptions { Host = "smtp.stadt.example", Port = port, Security = security, From = from, UserName = userName });

        if (message is null)
        {
            Assert.True(result.Succeeded);
        }
        else
        {
            Assert.Contains(result.Failures!, f => f.Contains(message));
        }
    }

    [Fact]
    public void A_password_in_appsettings_is_refused()
    {
        var folder = Directory.CreateTempSubdirectory();
        File.WriteAllText(Path.Combine(folder.FullName, "appsettings.json"), """{ "Mail": { "Password": "geheim" } }""");
        try
        {
            var configuration = new ConfigurationBuilder().SetBasePath(folder.FullName).AddJsonFile("appsettings.json").Build();

            var result = new MailOptionsValidator(configuration).Validate(null, new MailOptions());

            Assert.Contains(result.Failures!, f => f.Contains("Mail:Password steht in einer appsettings-Datei"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("00:00:30")]
    [InlineData("2.00:00:00")]
    public void The_check_interval_stays_between_a_minute_and_a_day(string interval)
    {
        var result = Validator.Validate(null, new MailOptions { CheckInterval = TimeSpan.Parse(interval, System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Contains(result.Failures!, f => f.Contains("Mail:CheckInterval muss zwischen"));
    }
}
