using System.Net;
using System.Text.RegularExpressions;
using ItInventory.Web.Features.Notifications;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ItInventory.Web.Tests.Features.Notifications;

/// <summary>The verification link end to end: mailed through a real SMTP server, opened in the signed-in app, used once.</summary>
public sealed class AddressVerificationTests
{
    [Fact]
    public async Task The_link_mailed_to_a_new_address_confirms_it_once_and_a_wrong_or_expired_link_is_refused()
    {
        using var smtp = new MailCatcher();
        smtp.Start();
        await using var app = new InventoryAppFactory { Settings = smtp.Settings };
        var (user, id) = await SignedIn.AsAsync(app, "rat", Roles.Rat);
        var service = Service(app, user, TimeProvider.System);

        var change = await service.ChangeAsync(" rainer.rat@musterstadt.example ");

        Assert.Equal(LinkDelivery.Sent, change.Delivery);
        // The app's hourly reminder pass may mail the sample city's late reminders meanwhile: only verification mails count.
        var mail = Assert.Single(VerificationMails(smtp));
        Assert.Equal("rainer.rat@musterstadt.example", ((MailboxAddress)mail.To.Single()).Address);
        var link = new Uri(Regex.Match(mail.TextBody, @"https://inventar\.musterstadt\.example/benachrichtigungen/bestaetigen\?token=[\w%-]+").Value);
        Assert.Contains(link.ToString(), mail.HtmlBody);
        Assert.False(await ConfirmedAsync(app, id));

        var client = await app.CreateClientAsync("rat");
        Assert.Contains("unbekannt oder wurde schon benutzt", await OpenAsync(client, "/benachrichtigungen/bestaetigen?token=falsch"));
        Assert.False(await ConfirmedAsync(app, id));
        Assert.Contains("Die Adresse rainer.rat@musterstadt.example ist bestätigt", await OpenAsync(client, link.PathAndQuery));
        Assert.True(await ConfirmedAsync(app, id));
        Assert.Contains("unbekannt oder wurde schon benutzt", await OpenAsync(client, link.PathAndQuery));

        // A link opened after its lifetime: refused, the address stays unconfirmed.
        await service.ChangeAsync("rat@musterstadt.example");
        var second = Assert.Single(VerificationMails(smtp), m => ((MailboxAddress)m.To.Single()).Address == "rat@musterstadt.example");
        var secret = Regex.Match(second.TextBody, @"token=([\w-]+)").Groups[1].Value;
        var later = Service(app, user, new ShiftedTime(AddressVerificationToken.Lifetime + TimeSpan.FromMinutes(1)));
        var expired = await later.ConfirmAsync(secret);
        Assert.False(expired.Confirmed);
        Assert.True(expired.Message.Contains("abgelaufen"), expired.Message);
        Assert.False(await ConfirmedAsync(app, id));
    }

    private static IEnumerable<MimeMessage> VerificationMails(MailCatcher smtp) =>
        smtp.Received.Where(m => m.Subject.Contains("E-Mail-Adresse", StringComparison.Ordinal));

    private static AddressVerificationService Service(InventoryAppFactory app, ICurrentUser user, TimeProvider time) =>
        new(app.Database.Factory, user, app.Services.GetRequiredService<SmtpMailSender>(), app.Services.GetRequiredService<IOptions<MailOptions>>(), time);

    private static async Task<string> OpenAsync(HttpClient client, string pathAndQuery)
    {
        var response = await client.GetAsync(pathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static async Task<bool> ConfirmedAsync(InventoryAppFactory app, string id)
    {
        await using var db = app.CreateContext();
        return await db.Users.Where(u => u.Id == id).Select(u => u.EmailConfirmed).SingleAsync();
    }

    private sealed class ShiftedTime(TimeSpan offset) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + offset;
    }
}
