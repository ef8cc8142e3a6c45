using ItInventory.Web.Data.Entities;
using ItInventory.Web.Features.Notifications;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ItInventory.Web.Tests.Features.Notifications;

/// <summary>The admin page "Mailversand" behind its service: failed sends with their errors, the retry, the test mail.</summary>
public sealed class MailQueueTests
{
    [Fact]
    public async Task A_failed_send_shows_with_its_error_goes_out_after_a_retry_and_the_test_mail_arrives()
    {
        using var smtp = new MailCatcher();
        await using var baseApp = new InventoryAppFactory { Settings = new Dictionary<string, string?>(smtp.Settings) { ["Mail:MaxAttempts"] = "1" } };
        var app = baseApp.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.WithoutBackgroundReminders();
        }));
        var run = app.Services.GetRequiredService<ReminderRun>();
        var (admin, _) = await SignedIn.AsAsync(baseApp, "admin", Roles.Administrator, app);
        var queue = new MailQueueService(baseApp.Database.Factory, admin, app.Services.GetRequiredService<SmtpMailSender>(),
            app.Services.GetRequiredService<IOptions<MailOptions>>(), TimeProvider.System);

        // The SMTP server is down: every reminder fails, and with one attempt allowed it counts as failed at once.
        var down = await run.RunAsync(TestDatabase.AsOf);
        Assert.True(down.Failed > 0);
        var failed = await queue.ListAsync();
        Assert.Equal(down.Failed, failed.Count);
        Assert.All(failed, m => Assert.Equal((OutgoingMailStatus.Failed, 1), (m.Status, m.Attempts)));
        Assert.All(failed, m => Assert.False(string.IsNullOrWhiteSpace(m.LastError)));
        var test = await queue.SendTestAsync();
        Assert.False(test.Sent);
        Assert.Contains("nicht erreichbar", test.Message);

        smtp.Start();
        Assert.Equal(0, (await run.RunAsync(TestDatabase.AsOf)).Sent);
        var retried = failed[0];
        Assert.True(await queue.RetryAsync(retried.Id));
        Assert.Equal(1, (await run.RunAsync(TestDatabase.AsOf)).Sent);
        Assert.DoesNotContain(await queue.ListAsync(), m => m.Id == retried.Id);
        Assert.Single(smtp.Received, m => ((MailboxAddress)m.To.Single()).Address == retried.ToAddress);

        test = await queue.SendTestAsync();
        Assert.True(test.Sent, test.Message);
        Assert.Single(smtp.Received, m => m.Subject == "Testnachricht aus dem IT-Inventar" && ((MailboxAddress)m.To.Single()).Address == "admin@musterstadt.example");
        await using var db = baseApp.CreateContext();
        Assert.Equal(OutgoingMailStatus.Sent, (await db.OutgoingMails.SingleAsync(m => m.Id == retried.Id)).Status);
    }

    [Fact]
    public async Task Only_an_administrator_sees_the_queue()
    {
        await using var app = new InventoryAppFactory();
        var (user, _) = await SignedIn.AsAsync(app, "it-leitung", Roles.ItLeitung);
        var queue = new MailQueueService(app.Database.Factory, user, app.Services.GetRequiredService<SmtpMailSender>(),
            app.Services.GetRequiredService<IOptions<MailOptions>>(), TimeProvider.System);
        await Assert.ThrowsAsync<AccessDeniedException>(() => queue.ListAsync());
        await Assert.ThrowsAsync<AccessDeniedException>(() => queue.RetryAsync(1));
    }
}
