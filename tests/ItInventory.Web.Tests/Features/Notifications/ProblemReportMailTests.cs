using System.Net.Http.Headers;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Entities;
using ItInventory.Web.Features.Api.Tokens;
using ItInventory.Web.Features.Notifications;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Features.Invoices;
using ItInventory.Web.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace ItInventory.Web.Tests.Features.Notifications;

/// <summary>
/// Work that finished with problems (an import, a delivery of e-invoices) is told once to who may act on it, read back
/// from a real SMTP server.
/// </summary>
public sealed class ProblemReportMailTests
{
    [Fact]
    public async Task An_import_with_problems_is_mailed_once_to_the_users_who_may_import()
    {
        using var smtp = new MailCatcher();
        smtp.Start();
        await using var baseApp = new InventoryAppFactory { Settings = smtp.Settings };
        await using var app = baseApp.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.WithoutBackgroundReminders();
        }));
        int runId;
        await using (var db = baseApp.CreateContext())
        {
            var tenantId = await db.Tenants.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync();
            var at = new DateTimeOffset(TestDatabase.AsOf.ToDateTime(new TimeOnly(9, 30)), TimeSpan.Zero);
            var open = new ImportRun { TenantId = tenantId, FileName = "Produkte.xlsx", ImportedBy = "it-leitung", ImportedAt = at, Created = 4, Errors = 2, Flagged = 1, Report = [1], ReportFileName = "Importbericht.xlsx" };
            db.ImportRuns.AddRange(open,
                new ImportRun { TenantId = tenantId, FileName = "Erledigt.xlsx", ImportedBy = "it-leitung", ImportedAt = at, Errors = 1, Report = [1], ReportFileName = "b.xlsx", ResolvedAt = at },
                new ImportRun { TenantId = tenantId, FileName = "Alt.xlsx", ImportedBy = "it-leitung", ImportedAt = at.AddDays(-30), Errors = 1, Report = [1], ReportFileName = "c.xlsx" });
            await db.SaveChangesAsync();
            runId = open.Id;
        }

        var run = app.Services.GetRequiredService<ReminderRun>();
        await run.RunAsync(TestDatabase.AsOf);
        await run.RunAsync(TestDatabase.AsOf.AddDays(1));

        var mails = smtp.Received.Where(m => m.Subject.StartsWith("Import mit Problemen", StringComparison.Ordinal)).ToList();
        var expected = await ExpectedRecipientsAsync(baseApp, Permission.Import);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, mails.Select(m => ((MailboxAddress)m.To.Single()).Address).Order());
        Assert.All(mails, m =>
        {
            Assert.Equal("Import mit Problemen: Produkte.xlsx", m.Subject);
            Assert.Contains("2 Zeilen nicht übernommen (Fehler), 1 zur Prüfung markiert", m.TextBody);
            Assert.Contains($"https://inventar.musterstadt.example/import/laeufe/{runId}/bericht", m.TextBody);
        });
    }

    [Fact]
    public async Task A_delivery_of_invoices_with_a_refused_file_is_mailed_once_to_who_books_invoices_listing_the_problem()
    {
        using var smtp = new MailCatcher();
        smtp.Start();
        await using var baseApp = new InventoryAppFactory { Settings = smtp.Settings };
        await using var app = baseApp.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.WithoutBackgroundReminders()));
        using var client = app.CreateClient();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var token = await scope.ServiceProvider.GetRequiredService<TokenService>().CreateForUserNameAsync("it-leitung", "Test", TokenScope.Write, 30);
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        }
        using var form = new MultipartFormDataContent();
        var xml = new ByteArrayContent(InvoiceTestData.FixtureBytes("01.06a-INVOICE_uncefact.xml"));
        xml.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        form.Add(xml, "files", "01.06a.xml");
        form.Add(new ByteArrayContent("kein XML"u8.ToArray()), "files", "notiz.txt");
        var response = await client.PostAsync("/api/v1/invoices", form);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        DateOnly day;
        await using (var scope = app.Services.CreateFirstTenantScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<InventoryDbContext>();
            day = DateOnly.FromDateTime((await db.InvoiceBatches.SingleAsync()).ReceivedAtUtc);
        }

        var run = app.Services.GetRequiredService<ReminderRun>();
        await run.RunAsync(day);
        await run.RunAsync(day.AddDays(1));
        await run.RunAsync(day.AddDays(ProblemReportPlanner.RecentDays));

        var mails = smtp.Received.Where(m => m.Subject.StartsWith("Rechnungseingang mit Problemen", StringComparison.Ordinal)).ToList();
        var expected = await ExpectedRecipientsAsync(baseApp, Permission.EditCosts);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, mails.Select(m => ((MailboxAddress)m.To.Single()).Address).Order());
        Assert.All(mails, m =>
        {
            Assert.Equal("Rechnungseingang mit Problemen: 01.06a.xml", m.Subject);
            Assert.Contains("über die Schnittstelle von it-leitung", m.TextBody);
            Assert.Contains(": 1 zu prüfen, 1 abgelehnt.", m.TextBody);
            Assert.Contains("- notiz.txt (abgelehnt): ", m.TextBody);
            Assert.Contains("- 01.06a.xml (zu prüfen): ", m.TextBody);
            Assert.Contains("https://inventar.musterstadt.example/rechnungseingang", m.TextBody);
            Assert.Contains("<li>notiz.txt (abgelehnt): ", m.HtmlBody);
        });
    }

    /// <summary>The demo users with a confirmed address whose role has the permission (no stored settings: nobody switched mail off).</summary>
    private static async Task<List<string>> ExpectedRecipientsAsync(InventoryAppFactory app, Permission permission)
    {
        await using var db = app.CreateContext();
        var users = await (from u in db.Users join ur in db.UserRoles on u.Id equals ur.UserId join r in db.Roles on ur.RoleId equals r.Id
                           where u.EmailConfirmed && !u.IsDisabled && u.Email != null
                           select new { u.Email, r.Name }).ToListAsync();
        return users.Where(u => Roles.Permissions[u.Name!].Contains(permission))
            .Select(u => u.Email!).Distinct().Order().ToList();
    }
}
