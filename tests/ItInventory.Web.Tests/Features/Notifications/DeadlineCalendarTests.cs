using System.Net;
using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Core.Notifications;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Entities;
using ItInventory.Web.Features.Contracts;
using ItInventory.Web.Features.Notifications;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Features.Api;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Notifications;

/// <summary>
/// The deadline calendars parsed back with Ical.Net: the API token's feed of the whole city and the users' private feeds,
/// with stable UIDs, one alarm per reminder offset and the deadline calculator's dates as of the tests' fixed day.
/// </summary>
public sealed class DeadlineCalendarTests(TwoTenantsFixture app) : IClassFixture<TwoTenantsFixture>
{
    [Fact]
    public async Task The_city_feed_has_stable_unique_uids_the_calculators_dates_and_an_alarm_per_offset()
    {
        int customContract;
        await using (var db = app.Factory.CreateContext())
        {
            var calculator = new DeadlineCalculator();
            customContract = (await db.Contracts.AsNoTracking().Where(c => c.TenantId == 1).OrderBy(c => c.Id).ToListAsync())
                .First(c => calculator.Calculate(c, TestDatabase.AsOf) is { IsActive: true, NoticeDeadline: not null }).Id;
            if (!await db.ContractNotifications.AnyAsync(n => n.ContractId == customContract))
            {
                db.ContractNotifications.Add(new ContractNotification { ContractId = customContract, Offsets = "5M,1W" });
                await db.SaveChangesAsync();
            }
        }

        var first = Calendar.Load(await app.FirstWriter.GetStringAsync("/api/v1/deadlines.ics"))!;
        var second = Calendar.Load(await app.FirstWriter.GetStringAsync("/api/v1/deadlines.ics"))!;
        Assert.Equal(first.Events.Select(e => e.Uid).Order(), second.Events.Select(e => e.Uid).Order());
        Assert.Equal(first.Events.Count, first.Events.Select(e => e.Uid).Distinct().Count());
        Assert.Contains("Musterstadt", first.Properties["X-WR-CALNAME"].Value!.ToString());

        var expected = await ExpectedAsync(customContract);
        Assert.True(expected.Count(e => e.Kind == "kuendigungsfrist") >= 3, "the sample city has running contracts with notice deadlines");
        Assert.Equal(expected.Select(e => e.Uid).Order(), first.Events.Select(e => e.Uid).Order());
        foreach (var (uid, date, offsets, _) in expected)
        {
            var entry = Assert.Single(first.Events, e => e.Uid == uid);
            Assert.Equal(date, DateOnly.FromDateTime(entry.DtStart!.Value));
            Assert.False(entry.DtStart.HasTime);
            Assert.Equal(offsets.Select(o => o.DueBefore(date).DayNumber - date.DayNumber).Order(),
                entry.Alarms.Select(a => a.Trigger!.Duration!.Value.Days!.Value).Order());
            Assert.Contains("/vertraege/", entry.Description);
        }

        Assert.Equal(2, Assert.Single(first.Events, e => e.Uid!.Contains($"vertrag-{customContract}-kuendigungsfrist")).Alarms.Count);
    }

    [Fact]
    public async Task A_name_with_commas_semicolons_and_umlauts_survives_folding_and_escaping()
    {
        await using var db = app.Factory.CreateContext();
        var calculator = new DeadlineCalculator();
        var contract = (await db.Contracts.AsNoTracking().ToListAsync()).First(c => calculator.Calculate(c, TestDatabase.AsOf).NoticeDeadline is not null);
        const string title = "Pflege; Wartung, Lizenzen für Bürgerbüro \\ Straßenverkehrsamt „Führerscheinstelle“ – Änderungen, Überprüfung; Größe äöüß ÄÖÜ";
        var subject = new ReminderSubject(new ContractFacts(contract.Id, "V-2026,01;Ä", title, "Müller, Söhne; Co.", ["Ölmodul, groß"], []),
            contract.Start, contract.NoticePeriodMonths, calculator.Calculate(contract, TestDatabase.AsOf), ReminderOffset.Defaults, null);

        var ics = DeadlinesCalendar.Write([subject], 1, "Münster, Stadt", "https://inventar.example", DateTime.UtcNow);

        Assert.All(ics.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.Contains("\r\n ", ics);
        var entry = Calendar.Load(ics)!.Events.First();
        Assert.Equal($"Kündigungsfrist: V-2026,01;Ä {title}", entry.Summary);
        Assert.Contains("Anbieter: Müller, Söhne; Co.", entry.Description);
        Assert.Contains("Produkte: Ölmodul, groß", entry.Description);
        Assert.Equal(3, entry.Alarms.Count);
        // Before the event, in days (RFC 5545 durations have no months).
        Assert.Contains("TRIGGER:-P14D\r\n", ics);
    }

    [Fact]
    public async Task A_private_feed_holds_only_what_reaches_its_user_and_dies_when_renewed_or_ended()
    {
        var anonymous = app.Factory.CreateClient();
        var (user, userId) = await SignedIn.AsAsync(app.Factory, "beschaffung", Roles.Beschaffung);
        var department = await PreferOneDepartmentAsync(user);
        var responsibleFor = await MakeResponsibleForAContractOutsideAsync(userId, department);
        var subscription = new CalendarSubscriptionService(app.Factory.Database.Factory, user);

        var path = await subscription.RenewAsync();
        Assert.True(await subscription.IsActiveAsync());
        var feed = Calendar.Load(await anonymous.GetStringAsync(path))!;
        var expected = await ContractsOfDepartmentAsync(department);
        var shown = feed.Events.Select(e => ContractOf(e.Uid!)).ToHashSet();
        Assert.Contains(responsibleFor, shown);
        Assert.Equal(expected.Append(responsibleFor).ToHashSet(), shown.Union(expected).ToHashSet());
        Assert.True(shown.IsSubsetOf(expected.Append(responsibleFor)));
        Assert.All(feed.Events, e => Assert.StartsWith("mandant-1-", e.Uid));
        Assert.DoesNotContain(SecondTenant.ContractNumber, await anonymous.GetStringAsync(path));

        // The council member's feed (role default: nothing) is empty: another user's deadlines are not in it.
        var (rat, _) = await SignedIn.AsAsync(app.Factory, "rat", Roles.Rat);
        var ratFeed = Calendar.Load(await anonymous.GetStringAsync(await new CalendarSubscriptionService(app.Factory.Database.Factory, rat).RenewAsync()))!;
        Assert.Empty(ratFeed.Events);

        var renewed = await subscription.RenewAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(renewed)).StatusCode);
        await subscription.RevokeAsync();
        Assert.False(await subscription.IsActiveAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(renewed)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(CalendarFeedSecret.PathOf(TenantTokens.Compose(1, TenantTokens.NewSecret())))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/kalender/1.abc.ics")).StatusCode);
    }

    [Fact]
    public async Task A_token_of_one_tenant_never_shows_the_other_tenants_contracts()
    {
        var secret = TenantTokens.NewSecret();
        var second = app.Second.TenantId;
        await using (var db = DataServiceCollectionExtensions.CreateInventoryDbContext(app.Factory.Provider, app.Factory.ConnectionString, tenant: new FixedTenant(second)))
        {
            var userId = await db.Users.Where(u => u.UserName == TwoTenantsFixture.SecondUser).Select(u => u.Id).SingleAsync();
            db.NotificationSettings.Add(new NotificationSetting
            {
                UserId = userId, ContractReminders = true, UnsubscribeToken = TenantTokens.NewSecret(), CalendarFeedToken = CalendarFeedSecret.Hash(secret),
            });
            await db.SaveChangesAsync();
        }

        var anonymous = app.Factory.CreateClient();
        var own = await anonymous.GetStringAsync(CalendarFeedSecret.PathOf(TenantTokens.Compose(second, secret)));
        Assert.All(Calendar.Load(own)!.Events, e => Assert.StartsWith($"mandant-{second}-vertrag-{app.Second.ContractId}-", e.Uid));
        Assert.Contains(SecondTenant.Name, own);
        Assert.DoesNotContain("Musterstadt", own);
        // The same secret under the first tenant's number is unknown there.
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(CalendarFeedSecret.PathOf(TenantTokens.Compose(1, secret)))).StatusCode);
    }

    private async Task<List<(string Uid, DateOnly Date, IReadOnlyList<ReminderOffset> Offsets, string Kind)>> ExpectedAsync(int customContract)
    {
        await using var db = app.Factory.CreateContext();
        var calculator = new DeadlineCalculator();
        var expected = new List<(string, DateOnly, IReadOnlyList<ReminderOffset>, string)>();
        foreach (var contract in await db.Contracts.AsNoTracking().Where(c => c.TenantId == 1).ToListAsync())
        {
            var deadlines = calculator.Calculate(contract, TestDatabase.AsOf);
            if (!deadlines.IsActive)
            {
                continue;
            }

            IReadOnlyList<ReminderOffset> offsets = contract.Id == customContract ? [ReminderOffset.OfMonths(5), ReminderOffset.OfWeeks(1)] : ReminderOffset.Defaults;
            if (deadlines.NoticeDeadline is { } notice)
            {
                expected.Add((DeadlinesCalendar.Uid(1, contract.Id, "kuendigungsfrist", notice), notice, offsets, "kuendigungsfrist"));
            }

            if (ContractDecision.Of(deadlines) is { } decision)
            {
                expected.Add((DeadlinesCalendar.Uid(1, contract.Id, "entscheidung", decision.Date), decision.Date, [], "entscheidung"));
            }
        }

        return expected;
    }

    private async Task<int> PreferOneDepartmentAsync(ICurrentUser user)
    {
        var service = new NotificationPreferencesService(app.Factory.Database.Factory, user, Microsoft.Extensions.Options.Options.Create(new Web.Infrastructure.MailOptions()));
        await using var db = app.Factory.CreateContext();
        // The department that owns the most products, so the feed is neither empty nor everything.
        var department = await db.Products.Where(p => p.TenantId == 1).GroupBy(p => p.OwnerDepartmentId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        await service.SaveAsync(NotificationPreferences.Beschaffung with { DepartmentIds = [department] });
        return department;
    }

    private async Task<List<int>> ContractsOfDepartmentAsync(int department)
    {
        await using var db = app.Factory.CreateContext();
        return await db.Contracts.Where(c => c.TenantId == 1 && c.Products.Any(p => p.OwnerDepartmentId == department || p.UsingDepartments.Any(d => d.DepartmentId == department)))
            .Select(c => c.Id).ToListAsync();
    }

    private async Task<int> MakeResponsibleForAContractOutsideAsync(string userId, int department)
    {
        var inside = await ContractsOfDepartmentAsync(department);
        await using var db = app.Factory.CreateContext();
        var calculator = new DeadlineCalculator();
        var contract = (await db.Contracts.AsNoTracking().Where(c => c.TenantId == 1 && !inside.Contains(c.Id)).OrderBy(c => c.Id).ToListAsync())
            .First(c => ContractDecision.Of(calculator.Calculate(c, TestDatabase.AsOf)) is not null);
        var row = await db.ContractNotifications.SingleOrDefaultAsync(n => n.ContractId == contract.Id);
        if (row is null)
        {
            db.ContractNotifications.Add(new ContractNotification { ContractId = contract.Id, ResponsibleUserId = userId });
        }
        else
        {
            row.ResponsibleUserId = userId;
        }

        await db.SaveChangesAsync();
        return contract.Id;
    }

    private static int ContractOf(string uid) => int.Parse(uid.Split('-')[3]);
}
