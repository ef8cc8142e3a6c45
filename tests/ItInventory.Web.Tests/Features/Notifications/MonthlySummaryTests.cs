using ItInventory.Core.Formatting;
using ItInventory.Core.Notifications;
using ItInventory.Web.Features.Dashboard;
using ItInventory.Web.Features.Notifications;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ItInventory.Web.Tests.Features.Notifications;

/// <summary>The council's opt-in monthly summary read back from a real SMTP server: not before opting in, once a month, the overview's figures.</summary>
public sealed class MonthlySummaryTests
{
    [Fact]
    public async Task The_summary_goes_once_a_month_only_after_opting_in_with_the_overviews_figures()
    {
        using var smtp = new MailCatcher();
        smtp.Start();
        await using var baseApp = new InventoryAppFactory { Settings = smtp.Settings };
        await using var app = baseApp.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.WithoutBackgroundReminders()));
        var run = app.Services.GetRequiredService<ReminderRun>();

        await run.RunAsync(TestDatabase.AsOf);
        Assert.Empty(Summaries(smtp));

        var (rat, _) = await SignedIn.AsAsync(baseApp, "rat", Roles.Rat, app);
        await new NotificationPreferencesService(baseApp.Database.Factory, rat, Options.Create(new MailOptions()))
            .SaveAsync(NotificationPreferences.Rat with { MonthlySummary = true });
        await run.RunAsync(TestDatabase.AsOf);
        await run.RunAsync(TestDatabase.AsOf.AddDays(1));
        var november = Assert.Single(Summaries(smtp));
        Assert.Equal("rat@musterstadt.example", ((MailboxAddress)november.To.Single()).Address);
        Assert.Equal("Monatliche Zusammenfassung November 2026: IT-Inventar Musterstadt", november.Subject);

        DashboardFigures figures;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentTenant>().Assume(1);
            var analysis = ActivatorUtilities.CreateInstance<Web.Features.Findings.AnalysisService>(scope.ServiceProvider, rat);
            figures = await ActivatorUtilities.CreateInstance<DashboardService>(scope.ServiceProvider, analysis, rat).GetAsync();
        }

        Assert.Contains($"IT-Ausgaben {figures.Year.Year}", november.TextBody);
        Assert.Contains(Formats.Euro(figures.Spend.Total), november.TextBody);
        Assert.Contains($"Produkte mit Lock-in (praktisch nicht ablösbar): {figures.LockIn.HardProducts.Count} von {figures.LockIn.ProductCount}", november.TextBody);
        Assert.Contains("Offene Auffälligkeiten: Kritisch", november.TextBody.Replace("kritisch", "Kritisch"));
        Assert.Contains("benachrichtigungen/abmelden?token=", november.TextBody);
        Assert.Contains("Musterstadt", november.HtmlBody);

        // The first pass of December sends December's, once.
        await run.RunAsync(new DateOnly(2026, 12, 1));
        await run.RunAsync(new DateOnly(2026, 12, 2));
        Assert.Equal(2, Summaries(smtp).Count);

        // Its link switches the summary off, and only the summary.
        var token = System.Text.RegularExpressions.Regex.Match(november.TextBody, @"abmelden\?token=([^&\s]+)&art=monat").Groups[1].Value;
        UnsubscribeTarget? target;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            target = await scope.ServiceProvider.GetRequiredService<DigestUnsubscribe>().ConfirmAsync(token, monthly: true);
        }

        Assert.NotNull(target);
        Assert.False(target.DigestOn);
        Assert.Equal("monatliche Zusammenfassung", target.What);
        await run.RunAsync(new DateOnly(2027, 1, 1));
        Assert.Equal(2, Summaries(smtp).Count);
    }

    private static List<MimeMessage> Summaries(MailCatcher smtp) =>
        smtp.Received.Where(m => m.Subject.StartsWith("Monatliche Zusammenfassung", StringComparison.Ordinal)).ToList();
}
