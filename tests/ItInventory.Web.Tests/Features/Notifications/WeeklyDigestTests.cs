using System.Net;
using System.Text.RegularExpressions;
using ItInventory.Core.Notifications;
using ItInventory.Web.Features.Notifications;
using ItInventory.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace ItInventory.Web.Tests.Features.Notifications;

/// <summary>
/// The sample city's weekly digests on Monday 30.11.2026 at 8:00, read back from a real SMTP server: the default
/// recipients get one each, a second pass that week sends none, and the unsubscribe link stops the next week's.
/// </summary>
public sealed partial class WeeklyDigestTests
{
    private static readonly DateOnly Monday = new(2026, 11, 30);

    [Fact]
    public async Task Digests_go_once_a_week_to_the_default_recipients_and_the_unsubscribe_link_stops_them()
    {
        using var smtp = new MailCatcher();
        smtp.Start();
        var clock = new FixedTime { Now = new DateTimeOffset(Monday.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero) };
        await using var baseApp = new InventoryAppFactory { Settings = smtp.Settings };
        await using var app = baseApp.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            s.WithoutBackgroundReminders();
        }));
        var run = app.Services.GetRequiredService<ReminderRun>();

        await run.RunAsync(Monday);
        var week1 = Digests(smtp);
        Assert.Equal(["beschaffung@musterstadt.example", "it-leitung@musterstadt.example"], week1.Select(To).Order());
        var itLeitung = week1.Single(m => To(m) == "it-leitung@musterstadt.example");
        Assert.Equal("Wochenübersicht KW 49: IT-Inventar Musterstadt", itLeitung.Subject);
        foreach (var heading in new[] { WeeklyDigestMail.FindingsHeading, WeeklyDigestMail.InvoicesHeading, WeeklyDigestMail.DeadlinesHeading })
            Assert.Contains(heading, itLeitung.TextBody);
        // The first digest tells every finding in scope as new; procurement's scope is the contracts' findings only.
        var keys1 = await FindingKeysAsync(baseApp, Monday);
        Assert.Equal(keys1["it-leitung"].Count, NewFindingsIn(itLeitung));
        Assert.True(keys1["it-leitung"].Count > keys1["beschaffung"].Count);
        Assert.All(keys1["beschaffung"], k => Assert.Contains(":Contract:", k));
        await using (var db = baseApp.CreateContext())
            Assert.Equal(await db.ReceivedInvoices.CountAsync(i => i.Status == Core.Domain.ReceivedInvoiceStatus.ToReview), InvoicesIn(itLeitung));

        // Later the same week: nothing again.
        clock.Now = clock.Now.AddDays(2);
        await run.RunAsync(Monday.AddDays(2));
        Assert.Equal(week1.Count, Digests(smtp).Count);

        // The link, without signing in: a confirmation page, then a POST switches IT-Leitung's digest off.
        var link = UnsubscribeLink().Match(itLeitung.TextBody).Groups[1].Value;
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = await client.GetStringAsync(new Uri(link).PathAndQuery);
        Assert.Contains("an it-leitung@musterstadt.example abbestellen?", page);
        var token = new Uri(link).Query.Split("token=")[1];
        var confirmed = await client.PostAsync(new Uri(link).PathAndQuery, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "unsubscribe", ["__RequestVerificationToken"] = HttpLogin.AntiforgeryTokenOf(page), ["Token"] = token,
        }));
        Assert.Contains("ist abbestellt", await confirmed.Content.ReadAsStringAsync());
        // Another secret, or this one under another tenant's number, is unknown and touches nothing.
        var unknown = await client.GetStringAsync($"/benachrichtigungen/abmelden?token=2.{token.Split('.')[1]}");
        Assert.Contains("Dieser Abmeldelink ist unbekannt", unknown);
        Assert.Contains("Dieser Abmeldelink ist unbekannt", await client.GetStringAsync("/benachrichtigungen/abmelden?token=kaputt"));

        // Next Monday: procurement gets its digest, with only the findings its last one did not name; IT-Leitung none.
        var nextMonday = Monday.AddDays(7);
        clock.Now = new DateTimeOffset(nextMonday.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero);
        await run.RunAsync(nextMonday);
        var week2 = Digests(smtp).Where(m => week1.All(w => w.MessageId != m.MessageId)).ToList();
        var procurement = Assert.Single(week2);
        Assert.Equal("beschaffung@musterstadt.example", To(procurement));
        var keys2 = await FindingKeysAsync(baseApp, nextMonday);
        Assert.Equal(keys2["beschaffung"].Except(keys1["beschaffung"]).Count(), NewFindingsIn(procurement));
    }

    private static List<MimeMessage> Digests(MailCatcher smtp) =>
        smtp.Received.Where(m => m.Subject.Contains("Wochenübersicht", StringComparison.Ordinal)).ToList();

    /// <summary>The finding keys each user's digest of the week recorded, by user name.</summary>
    private static async Task<Dictionary<string, IReadOnlySet<string>>> FindingKeysAsync(InventoryAppFactory app, DateOnly week)
    {
        await using var db = app.CreateContext();
        var rows = await (from m in db.OutgoingMails join u in db.Users on m.RecipientUserId equals u.Id
                          where m.FindingKeys != null && m.Key.Contains("|digest|")
                          select new { u.UserName, m.Key, m.FindingKeys }).ToListAsync();
        return rows.Where(r => r.Key.EndsWith(week.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))
            .ToDictionary(r => r.UserName!, r => DigestFindings.Parse(r.FindingKeys));
    }

    private static int NewFindingsIn(MimeMessage digest) => SectionCount(digest, WeeklyDigestMail.FindingsHeading + @" \(ab [^)]+\)");

    private static int InvoicesIn(MimeMessage digest) => SectionCount(digest, WeeklyDigestMail.InvoicesHeading);

    private static int SectionCount(MimeMessage digest, string heading) =>
        int.Parse(Regex.Match(digest.TextBody, heading + @" \((\d+)\)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static string To(MimeMessage message) => ((MailboxAddress)message.To.Single()).Address;

    [GeneratedRegex(@"Abbestellen: (\S+)")]
    private static partial Regex UnsubscribeLink();

    private sealed class FixedTime : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
