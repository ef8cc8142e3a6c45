using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Core.Notifications;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Entities;
using ItInventory.Web.Features.Notifications;
using ItInventory.Web.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace ItInventory.Web.Tests.Features.Notifications;

/// <summary>
/// Reminders of the sample city as of the tests' fixed date, sent to a real SMTP server and read back: the demo users
/// of the roles that receive deadlines by default, a responsible person, and nothing twice.
/// </summary>
public sealed class ReminderMailTests
{
    [Fact]
    public async Task Sample_city_reminders_reach_the_right_people_once_even_with_two_instances_and_a_restart()
    {
        using var smtp = new MailCatcher();
        smtp.Start();
        await using var first = new InventoryAppFactory { Settings = smtp.Settings };
        var firstRun = first.Services.GetRequiredService<ReminderRun>();
        var (responsible, responsibleContract) = await MakeRatResponsibleForADueContractAsync(first);

        // A second app instance on the same database (its own host, services and instance name), passes side by side.
        await using var second = first.WithWebHostBuilder(_ => { });
        var secondRun = second.Services.GetRequiredService<ReminderRun>();
        await Task.WhenAll(firstRun.RunAsync(), secondRun.RunAsync(), firstRun.RunAsync());
        await SettledAsync(first);
        // The weekly digests of the same pass have their own tests (WeeklyDigestTests).
        var received = smtp.Received.Where(m => !m.Subject.Contains("Wochenübersicht", StringComparison.Ordinal)).ToList();

        var expected = await ExpectedAsync(first);
        Assert.NotEmpty(expected);
        Assert.Equal(Recipients(expected, "it-leitung").Concat(Recipients(expected, "beschaffung")).Append(("rat@musterstadt.example", responsibleContract)).Order(),
            received.Select(m => (To(m), ContractOf(m))).Order());
        Assert.Equal(received.Count, received.Select(m => m.MessageId).Distinct().Count());
        Assert.DoesNotContain(received, m => To(m) == "admin@musterstadt.example");

        var sample = received.First(m => To(m) == "it-leitung@musterstadt.example");
        var reminder = expected.First(e => e.ContractId == ContractOf(sample));
        Assert.Contains(Core.Formatting.Formats.Date(reminder.Deadlines.NoticeDeadline ?? reminder.Deadlines.NextTerminationDate), sample.TextBody);
        Assert.Contains("Musterstadt", sample.TextBody);
        Assert.Contains($"https://inventar.musterstadt.example/vertraege/{reminder.ContractId}", sample.HtmlBody);
        Assert.Equal(reminder.IsLate, sample.Subject.StartsWith(LateNotice.SubjectPrefix, StringComparison.Ordinal));

        // A restart: a new instance finds every key recorded and sends nothing.
        await using var restarted = first.WithWebHostBuilder(_ => { });
        var again = await restarted.Services.GetRequiredService<ReminderRun>().RunAsync();
        await SettledAsync(first);
        Assert.Equal((0, 0), (again.Recorded, again.Sent));
        Assert.Equal(received.Count, smtp.Received.Count(m => !m.Subject.Contains("Wochenübersicht", StringComparison.Ordinal)));
        Assert.NotNull(responsible);
    }

    [Fact]
    public async Task A_mail_server_down_for_days_gets_each_reminder_once_marked_late()
    {
        using var smtp = new MailCatcher();
        var clock = new ShiftableTime();
        await using var baseApp = new InventoryAppFactory { Settings = smtp.Settings };
        // The test's own passes only: the background service's pass at start would record the reminders first (its
        // timing decided whether this test saw them as recorded, which failed in a busy full run).
        var app = baseApp.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            s.WithoutBackgroundReminders();
        }));
        var run = app.Services.GetRequiredService<ReminderRun>();

        var down = await run.RunAsync(TestDatabase.AsOf);
        Assert.True(down.Recorded > 0);
        Assert.Equal(0, down.Sent);
        await using (var db = baseApp.CreateContext())
        {
            Assert.All(await db.OutgoingMails.ToListAsync(), m =>
            {
                Assert.Equal(OutgoingMailStatus.Pending, m.Status);
                Assert.Equal(1, m.Attempts);
                Assert.NotNull(m.LastError);
            });
        }

        // Still down a minute later; then up, three days later and past the backoff.
        clock.Offset = TimeSpan.FromMinutes(2);
        await run.RunAsync(TestDatabase.AsOf);
        smtp.Start();
        clock.Offset = TimeSpan.FromDays(3);
        var later = TestDatabase.AsOf.AddDays(3);
        await run.RunAsync(later);
        await run.RunAsync(later);

        await using var check = baseApp.CreateContext();
        var recordedFirst = await check.OutgoingMails.Where(m => m.DueOn <= TestDatabase.AsOf).ToListAsync();
        Assert.All(recordedFirst, m => Assert.Equal(OutgoingMailStatus.Sent, m.Status));
        var received = smtp.Received;
        Assert.Equal(received.Count, received.Select(m => m.MessageId).Distinct().Count());
        foreach (var mail in recordedFirst)
        {
            var copy = Assert.Single(received, m => To(m) == mail.ToAddress && m.Subject.EndsWith(mail.Subject.Replace(LateNotice.SubjectPrefix, ""), StringComparison.Ordinal));
            Assert.StartsWith(LateNotice.SubjectPrefix, copy.Subject);
            Assert.Contains("verspätet", copy.TextBody);
        }
    }

    private static IEnumerable<(string, int)> Recipients(IEnumerable<ContractReminder> expected, string user) =>
        expected.Select(e => ($"{user}@musterstadt.example", e.ContractId));

    /// <summary>The reminders the core rules find due as of the fixed date, computed beside the app.</summary>
    private static async Task<List<ContractReminder>> ExpectedAsync(InventoryAppFactory app)
    {
        await using var db = app.CreateContext();
        var calculator = new DeadlineCalculator();
        return (await db.Contracts.AsNoTracking().ToListAsync())
            .Select(c => ReminderSchedule.Due(calculator.Calculate(c, TestDatabase.AsOf), ReminderOffset.Defaults, TestDatabase.AsOf))
            .OfType<ContractReminder>().ToList();
    }

    private static async Task<(string UserId, int ContractId)> MakeRatResponsibleForADueContractAsync(InventoryAppFactory app)
    {
        var due = (await ExpectedAsync(app)).First();
        await using var db = app.CreateContext();
        var rat = await db.Users.SingleAsync(u => u.UserName == "rat");
        db.ContractNotifications.Add(new ContractNotification { ContractId = due.ContractId, ResponsibleUserId = rat.Id });
        await db.SaveChangesAsync();
        return (rat.Id, due.ContractId);
    }

    /// <summary>Waits for the background service's own first pass, which runs beside the test's.</summary>
    private static async Task SettledAsync(InventoryAppFactory app)
    {
        for (var i = 0; i < 100; i++)
        {
            await using var db = app.CreateContext();
            if (!await db.OutgoingMails.AnyAsync(m => m.Status == OutgoingMailStatus.Sending))
            {
                return;
            }

            await Task.Delay(100);
        }
    }

    private static string To(MimeMessage message) => ((MailboxAddress)message.To.Single()).Address;

    private static int ContractOf(MimeMessage message) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(message.TextBody, @"/vertraege/(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private sealed class ShiftableTime : TimeProvider
    {
        public TimeSpan Offset { get; set; }

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
    }
}
