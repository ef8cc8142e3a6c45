using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Notifications;

/// <summary><c>reminders run [--as-of]</c> as an operator's cron job calls it, in a process of its own.</summary>
public class RemindersCommandTests
{
    [Fact]
    public async Task One_pass_on_a_fresh_development_city_mails_the_demo_users_then_a_second_pass_sends_nothing()
    {
        using var smtp = new MailCatcher();
        smtp.Start();
        var path = TestDatabase.NewPath();
        var settings = new Dictionary<string, string?>(smtp.Settings)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Inventory"] = $"Data Source={path}",
        };
        try
        {
            var first = await AppProcess.RunAsync(settings, "reminders", "run", "--as-of", "2026-11-28");
            var received = smtp.Received.Count;
            var second = await AppProcess.RunAsync(settings, "reminders", "run", "--as-of", "2026-11-28");

            Assert.True(first.ExitCode == 0, first.Errors);
            Assert.Contains($"{received} gesendet", first.Output);
            Assert.True(received > 0);
            Assert.Equal(["beschaffung@musterstadt.example", "it-leitung@musterstadt.example"],
                smtp.Received.SelectMany(m => m.To.Mailboxes.Select(a => a.Address)).Distinct().Order());
            Assert.Equal(0, second.ExitCode);
            Assert.Contains("0 neu vorgemerkt, 0 gesendet", second.Output);
            Assert.Equal(received, smtp.Received.Count);

            // The demo data: every sample contract has a demo IT-Leitung or Beschaffung user as its responsible person,
            // and the further sample tenant's administrator a confirmed address.
            await using var db = global::ItInventory.Web.Data.DataServiceCollectionExtensions.CreateInventoryDbContext(global::ItInventory.Web.Infrastructure.DatabaseProvider.Sqlite, $"Data Source={path};Pooling=False");
            var responsible = await db.ContractNotifications.Join(db.Users, n => n.ResponsibleUserId, u => u.Id, (n, u) => u.UserName).ToListAsync();
            Assert.Equal(await db.Contracts.CountAsync(), responsible.Count);
            Assert.Equal(["beschaffung", "it-leitung"], responsible.Distinct().Order());
            Assert.True(await db.Users.AnyAsync(u => u.Email == "admin@lindenfeld.example" && u.EmailConfirmed));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(new[] { "reminders", "run", "--as-of", "28.11.2026" }, 2, "Die Option „--as-of“ erwartet ein Datum wie 2026-12-31, nicht „28.11.2026“.")]
    [InlineData(new[] { "reminders", "run", "--as-of", "1900-01-01" }, 2, "muss zwischen 01.01.1970 und 31.12.2100 liegen")]
    [InlineData(new[] { "reminders", "run" }, 1, "Kein Mailserver eingestellt (Mail__Host)")]
    public async Task Bad_dates_and_a_missing_mail_server_are_told_in_german(string[] args, int exitCode, string message)
    {
        var path = TestDatabase.NewPath();
        try
        {
            var outcome = await AppProcess.RunAsync(new Dictionary<string, string?> { ["Database:Provider"] = "Sqlite", ["ConnectionStrings:Inventory"] = $"Data Source={path}" }, args);

            Assert.Equal(exitCode, outcome.ExitCode);
            Assert.Contains(message, outcome.Errors + outcome.Output);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
