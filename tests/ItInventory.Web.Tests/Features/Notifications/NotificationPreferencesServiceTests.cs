using ItInventory.Core.Analysis;
using ItInventory.Core.Notifications;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Entities;
using ItInventory.Web.Features.Notifications;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Tests.Features.Notifications;

/// <summary>The page "Benachrichtigungen" behind its service: role defaults, saving and restoring, refused input, other tenants.</summary>
public sealed class NotificationPreferencesServiceTests(NotificationPreferencesServiceTests.App app) : IClassFixture<NotificationPreferencesServiceTests.App>
{
    /// <summary>The sample city with its demo users and no mail server.</summary>
    public sealed class App : IAsyncDisposable
    {
        public InventoryAppFactory Factory { get; } = new();

        public ValueTask DisposeAsync() => Factory.DisposeAsync();
    }

    private static readonly IOptions<MailOptions> NoMailServer = Options.Create(new MailOptions());

    [Theory]
    [InlineData("it-leitung", Roles.ItLeitung)]
    [InlineData("beschaffung", Roles.Beschaffung)]
    [InlineData("rat", Roles.Rat)]
    [InlineData("admin", Roles.Administrator)]
    public async Task Each_role_starts_with_its_defaults(string userName, string role)
    {
        var service = new NotificationPreferencesService(app.Factory.Database.Factory, (await SignedIn.AsAsync(app.Factory, userName, role)).User, NoMailServer);
        var view = await service.LoadAsync();

        var expected = role switch
        {
            Roles.ItLeitung => NotificationPreferences.ItLeitung,
            Roles.Beschaffung => NotificationPreferences.Beschaffung,
            _ => NotificationPreferences.Nothing,
        };
        Assert.Equal(PreferencesForm.Describe(expected), PreferencesForm.Describe(view.Defaults));
        Assert.True(NotificationPreferencesService.SameChoices(expected, view.Current));
        Assert.True(view.IsDefault);
        Assert.Equal(role, view.Role);
        Assert.False(view.MailConfigured);
        Assert.NotEmpty(view.Departments);
    }

    [Fact]
    public async Task Saved_choices_are_kept_audited_and_restored_to_the_role_default()
    {
        var (user, id) = await SignedIn.AsAsync(app.Factory, "beschaffung", Roles.Beschaffung);
        var service = new NotificationPreferencesService(app.Factory.Database.Factory, user, NoMailServer);
        var departments = (await service.LoadAsync()).Departments.Take(2).Select(d => d.Id).ToList();
        var chosen = NotificationPreferences.Beschaffung with
        {
            WeeklyDigest = false, MonthlySummary = true, Findings = FindingScope.All, MinimumSeverity = Severity.Critical,
            DigestDay = DayOfWeek.Friday, DigestHour = 14, DepartmentIds = departments,
        };

        await service.SaveAsync(chosen);
        var saved = await service.LoadAsync();
        Assert.True(NotificationPreferencesService.SameChoices(chosen, saved.Current));
        Assert.False(saved.IsDefault);
        string token;
        await using (var db = app.Factory.CreateContext())
        {
            token = (await db.NotificationSettings.SingleAsync(s => s.UserId == id)).UnsubscribeToken;
            Assert.Equal(NotificationSetting.TokenLength, token.Length);
            Assert.True(await db.AuditEntries.IgnoreQueryFilters().AnyAsync(a => a.EntityType == nameof(NotificationSetting)));
        }

        await service.ResetAsync();
        var reset = await service.LoadAsync();
        Assert.True(reset.IsDefault);
        Assert.True(NotificationPreferencesService.SameChoices(NotificationPreferences.Beschaffung, reset.Current));
        await using var check = app.Factory.CreateContext();
        Assert.Equal(token, (await check.NotificationSettings.SingleAsync(s => s.UserId == id)).UnsubscribeToken);
    }

    [Fact]
    public async Task Refused_input_gets_german_messages_and_writes_nothing()
    {
        var (user, id) = await SignedIn.AsAsync(app.Factory, "it-leitung", Roles.ItLeitung);
        var service = new NotificationPreferencesService(app.Factory.Database.Factory, user, NoMailServer);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            service.SaveAsync(NotificationPreferences.ItLeitung with { DigestHour = 24, DepartmentIds = [999_999] }));

        Assert.Equal(["DepartmentIds", "DigestHour"], refused.Errors.Keys.Order());
        Assert.Contains("0 bis 23", refused.Errors["DigestHour"].Single());
        await using var db = app.Factory.CreateContext();
        Assert.False(await db.NotificationSettings.AnyAsync(s => s.UserId == id));
    }

    [Fact]
    public async Task Without_a_mail_server_a_new_address_is_stored_unconfirmed_and_no_link_pretends_to_go_out()
    {
        var (user, id) = await SignedIn.AsAsync(app.Factory, "it-leitung", Roles.ItLeitung);
        var addresses = new AddressVerificationService(app.Factory.Database.Factory, user, new SmtpMailSender(NoMailServer), NoMailServer, TimeProvider.System);

        await Assert.ThrowsAsync<ValidationFailedException>(() => addresses.ChangeAsync("kein-at-zeichen"));
        Assert.Equal(LinkDelivery.NoMailServer, (await addresses.ChangeAsync("ingo.leitner@musterstadt.example")).Delivery);

        var view = await new NotificationPreferencesService(app.Factory.Database.Factory, user, NoMailServer).LoadAsync();
        Assert.Equal(("ingo.leitner@musterstadt.example", false, true), (view.Email, view.EmailConfirmed, view.VerificationPending));
        await using var db = app.Factory.CreateContext();
        Assert.Contains(await db.AuditEntries.IgnoreQueryFilters().Where(a => a.EntityId == id).Select(a => a.Summary).ToListAsync(),
            s => s.Contains("ingo.leitner@musterstadt.example"));
    }

    [Fact]
    public async Task A_user_of_another_tenant_reads_and_changes_nothing_here()
    {
        var second = await SecondTenant.AddAsync(app.Factory.Provider, app.Factory.ConnectionString);
        string strangerId;
        await using (var db = DataServiceCollectionExtensions.CreateInventoryDbContext(app.Factory.Provider, app.Factory.ConnectionString,
                         tenant: new FixedTenant(second.TenantId)))
        {
            var stranger = new ApplicationUser { UserName = "fremd", NormalizedUserName = "FREMD", TenantId = second.TenantId, Email = "fremd@beispielfeld.example" };
            db.Users.Add(stranger);
            await db.SaveChangesAsync();
            strangerId = stranger.Id;
        }

        var user = SignedIn.As(strangerId, "fremd", Roles.ItLeitung);
        var service = new NotificationPreferencesService(app.Factory.Database.Factory, user, NoMailServer);
        var addresses = new AddressVerificationService(app.Factory.Database.Factory, user, new SmtpMailSender(NoMailServer), NoMailServer, TimeProvider.System);

        await Assert.ThrowsAsync<AccessDeniedException>(() => service.LoadAsync());
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.SaveAsync(NotificationPreferences.ItLeitung));
        await Assert.ThrowsAsync<AccessDeniedException>(() => addresses.ChangeAsync("neu@musterstadt.example"));
        await using var check = DataServiceCollectionExtensions.CreateInventoryDbContext(app.Factory.Provider, app.Factory.ConnectionString);
        Assert.False(await check.NotificationSettings.IgnoreQueryFilters().AnyAsync(s => s.UserId == strangerId));
        Assert.Equal("fremd@beispielfeld.example", (await check.Users.SingleAsync(u => u.Id == strangerId)).Email);
    }
}
