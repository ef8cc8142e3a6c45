using ItInventory.Web.Data.Auditing;
using ItInventory.Web.Data.Entities;
using System.Linq.Expressions;
using System.Security.Claims;
using ItInventory.Web.Data;
using ItInventory.Web.Features.Accounts;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ItInventory.Web.Tests.Features.Accounts;

/// <summary>Just-in-time users from the provider's claims, on the whole app's services and a real SQLite file.</summary>
public class SingleSignOnProvisioningTests : IAsyncLifetime
{
    // Nobody listens there: provisioning never talks to the provider.
    private readonly InventoryAppFactory _factory = new() { Settings = SingleSignOnTestSettings.For("http://127.0.0.1:9") };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task The_first_login_creates_a_local_user_linked_to_the_subject_with_the_mapped_role()
    {
        var outcome = await ProvisionAsync(Person("kc-4711", "ingrid", "itinventory-it-leitung", "alle-mitarbeitenden"));

        Assert.Null(outcome.Failure);
        var user = await FindByLoginAsync("kc-4711");
        Assert.Equal("ingrid", user!.UserName);
        Assert.Equal("Ingrid Leitner", user.DisplayName);
        Assert.Equal("ingrid@musterstadt.example", user.Email);
        Assert.Equal([Roles.ItLeitung], await RolesOfAsync(user));
        Assert.Equal(1, user.TenantId);
        var created = await AuditAsync(AuditAction.UserChange, user.Id);
        Assert.Equal(SingleSignOnProvisioning.Actor, created.UserName);
        Assert.Contains("„itinventory-it-leitung“", created.Summary);
    }

    [Fact]
    public async Task A_changed_group_changes_the_role_records_it_and_ends_older_sessions()
    {
        await ProvisionAsync(Person("kc-4711", "ingrid", "itinventory-rat"));
        var stampBefore = (await FindByLoginAsync("kc-4711"))!.SecurityStamp;

        var outcome = await ProvisionAsync(Person("kc-4711", "ingrid", "itinventory-rat", "itinventory-beschaffung"));

        Assert.Null(outcome.Failure);
        var user = (await FindByLoginAsync("kc-4711"))!;
        Assert.Equal([Roles.Beschaffung], await RolesOfAsync(user));
        Assert.NotEqual(stampBefore, user.SecurityStamp);
        var change = await AuditAsync(AuditAction.RoleChange, user.Id);
        Assert.Equal("Rolle von „ingrid“ per Single Sign-on geändert: Rat → Beschaffung („itinventory-rat“, „itinventory-beschaffung“).", change.Summary);
    }

    [Fact]
    public async Task An_unchanged_role_writes_no_role_change()
    {
        await ProvisionAsync(Person("kc-4711", "ingrid", "itinventory-rat"));
        await ProvisionAsync(Person("kc-4711", "ingrid", "itinventory-rat"));

        Assert.Empty(await AuditAsync(e => e.Action == AuditAction.RoleChange));
    }

    [Fact]
    public async Task Someone_without_a_mapped_group_gets_no_account_and_the_refusal_is_recorded()
    {
        var outcome = await ProvisionAsync(Person("kc-0815", "otto", "alle-mitarbeitenden"));

        Assert.Equal(SingleSignOnFailure.NoRole, outcome.Failure);
        Assert.Null(await FindByLoginAsync("kc-0815"));
        var refusal = Assert.Single(await AuditAsync(e => e.Action == AuditAction.LoginFailed && e.UserName == "otto"));
        Assert.Contains("„alle-mitarbeitenden“", refusal.Summary);
    }

    [Fact]
    public async Task A_user_who_left_all_mapped_groups_loses_the_role_and_is_refused()
    {
        await ProvisionAsync(Person("kc-4711", "ingrid", "itinventory-it-leitung"));

        var outcome = await ProvisionAsync(Person("kc-4711", "ingrid", "alle-mitarbeitenden"));

        Assert.Equal(SingleSignOnFailure.NoRole, outcome.Failure);
        var user = (await FindByLoginAsync("kc-4711"))!;
        Assert.Empty(await RolesOfAsync(user));
        Assert.Contains("IT-Leitung → keine", (await AuditAsync(AuditAction.RoleChange, user.Id)).Summary);
    }

    [Fact]
    public async Task A_disabled_user_is_refused_and_keeps_the_role()
    {
        await ProvisionAsync(Person("kc-4711", "ingrid", "itinventory-it-leitung"));
        await using (var scope = _factory.Services.CreateFirstTenantScope())
        {
            var service = ActivatorUtilities.CreateInstance<UserAdministrationService>(scope.ServiceProvider,
                (ICurrentUser)FixedCurrentUser.WithRoles("admin", Roles.Administrator));
            await service.SetDisabledAsync((await FindByLoginAsync("kc-4711"))!.Id, true);
        }

        var outcome = await ProvisionAsync(Person("kc-4711", "ingrid", "itinventory-administration"));

        Assert.Equal(SingleSignOnFailure.Disabled, outcome.Failure);
        Assert.Equal([Roles.ItLeitung], await RolesOfAsync((await FindByLoginAsync("kc-4711"))!));
    }

    [Fact]
    public async Task A_local_account_of_the_same_name_is_never_taken_over()
    {
        var outcome = await ProvisionAsync(Person("kc-evil", "admin", "itinventory-rat"));

        Assert.Equal(SingleSignOnFailure.UserNameTaken, outcome.Failure);
        Assert.Null(await FindByLoginAsync("kc-evil"));
        await using var scope = _factory.Services.CreateFirstTenantScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var admin = (await userManager.FindByNameAsync("admin"))!;
        Assert.Empty(await userManager.GetLoginsAsync(admin));
        Assert.Equal([Roles.Administrator], await userManager.GetRolesAsync(admin));
    }

    [Fact]
    public async Task An_invalid_user_name_creates_nothing_half()
    {
        var outcome = await ProvisionAsync(Person("kc-1234", "jürgen müller", "itinventory-rat"));

        Assert.Equal(SingleSignOnFailure.AccountRejected, outcome.Failure);
        await using var scope = _factory.Services.CreateFirstTenantScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        Assert.Null(await userManager.FindByNameAsync("jürgen müller"));
    }

    private static ClaimsPrincipal Person(string subject, string userName, params string[] groups)
    {
        var claims = new List<Claim>
        {
            new("sub", subject),
            new("preferred_username", userName),
            new("name", userName == "ingrid" ? "Ingrid Leitner" : userName),
            new("email", $"{userName}@musterstadt.example"),
        };
        claims.AddRange(groups.Select(g => new Claim("groups", g)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "oidc", "preferred_username", "groups"));
    }

    private async Task<SingleSignOnOutcome> ProvisionAsync(ClaimsPrincipal person)
    {
        await using var scope = _factory.Services.CreateFirstTenantScope();
        return await scope.ServiceProvider.GetRequiredService<SingleSignOnProvisioning>().ProvisionAsync(person);
    }

    private async Task<ApplicationUser?> FindByLoginAsync(string subject)
    {
        await using var scope = _factory.Services.CreateFirstTenantScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByLoginAsync(SingleSignOnOptions.Scheme, subject);
    }

    private async Task<IList<string>> RolesOfAsync(ApplicationUser user)
    {
        await using var scope = _factory.Services.CreateFirstTenantScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return await userManager.GetRolesAsync((await userManager.FindByIdAsync(user.Id))!);
    }

    private async Task<AuditEntry> AuditAsync(AuditAction action, string userId) =>
        Assert.Single(await AuditAsync(e => e.Action == action && e.EntityId == userId));

    private async Task<List<AuditEntry>> AuditAsync(Expression<Func<AuditEntry, bool>> filter)
    {
        await using var scope = _factory.Services.CreateFirstTenantScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<InventoryDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.Where(filter).ToListAsync();
    }
}
