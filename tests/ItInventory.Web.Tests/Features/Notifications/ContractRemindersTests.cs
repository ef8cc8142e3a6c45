using System.Net;
using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Core.Notifications;
using ItInventory.Web.Features.Notifications;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace ItInventory.Web.Tests.Features.Notifications;

/// <summary>A contract's responsible person and offsets: chosen, refused when wrong, shown, and the reminder reaches the person.</summary>
public sealed class ContractRemindersTests
{
    [Fact]
    public async Task The_responsible_person_is_saved_shown_and_gets_the_contracts_reminder()
    {
        using var smtp = new MailCatcher();
        smtp.Start();
        await using var baseApp = new InventoryAppFactory { Settings = smtp.Settings };
        var app = baseApp.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.WithoutBackgroundReminders();
        }));
        var (user, _) = await SignedIn.AsAsync(baseApp, "beschaffung", Roles.Beschaffung, app);
        var service = new ContractRemindersService(baseApp.Database.Factory, user);
        int due, other;
        await using (var db = baseApp.CreateContext())
        {
            var calculator = new DeadlineCalculator();
            var contracts = await db.Contracts.AsNoTracking().OrderBy(c => c.Id).ToListAsync();
            due = contracts.First(c => ReminderSchedule.Due(calculator.Calculate(c, TestDatabase.AsOf), ReminderOffset.Defaults, TestDatabase.AsOf) is not null).Id;
            other = contracts.First(c => c.Id != due).Id;
        }

        var choices = (await service.GetAsync(due)).Choices;
        Assert.Equal(["Anna Admin", "Berta Beschaffer", "Ingo Leitner"], choices.Select(c => c.Name));
        var rat = await SignedIn.AsAsync(baseApp, "rat", Roles.Rat, app);
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => service.SaveAsync(due, rat.Id, "6M, 7X"));
        Assert.Equal(["Offsets", "ResponsibleUserId"], refused.Errors.Keys.Order());
        await Assert.ThrowsAsync<NotFoundException>(() => service.SaveAsync(999_999, null, null));
        await using (var db = baseApp.CreateContext())
        {
            Assert.False(await db.ContractNotifications.AnyAsync());
        }

        var admin = choices.Single(c => c.Name == "Anna Admin");
        await service.SaveAsync(due, admin.UserId, "2w, 3M, 6M");
        await service.SaveAsync(other, null, "4M, 1W");
        var saved = await service.GetAsync(due);
        Assert.Equal(("Anna Admin", true), (saved.ResponsibleName, saved.DefaultOffsets));
        Assert.Equal("4M,1W", ReminderOffset.Format((await service.GetAsync(other)).Offsets));

        var page = WebUtility.HtmlDecode(await (await CreateClientAsync(app, "it-leitung")).GetStringAsync($"/vertraege/{due}"));
        Assert.Contains("Anna Admin", page);
        Assert.Contains("6 Monate, 3 Monate, 2 Wochen vor der Kündigungsfrist", page);

        // The administrator receives nothing by default; as the responsible person she gets this contract's reminder.
        await app.Services.GetRequiredService<ReminderRun>().RunAsync(TestDatabase.AsOf);
        var toAdmin = Assert.Single(smtp.Received, m => ((MailboxAddress)m.To.Single()).Address == "admin@musterstadt.example");
        Assert.Contains($"/vertraege/{due}", toAdmin.TextBody);
    }

    private static async Task<HttpClient> CreateClientAsync(WebApplicationFactory<Program> app, string userName)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        Assert.Equal(HttpStatusCode.Redirect, (await HttpLogin.LoginAsync(client, userName, Web.Features.Accounts.AccountSeeder.DemoPassword)).StatusCode);
        return client;
    }
}
