using ItInventory.Web.Infrastructure.Security;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Features.Accounts;

/// <summary>In Development only: one demo user per role, with the passwords README documents.</summary>
public sealed class AccountSeeder(UserAdministrationService users, IHostEnvironment environment, IOptions<AccountOptions> options, ILogger<AccountSeeder> logger)
{
    public const string DemoPassword = "Musterstadt-2026";

    public static readonly IReadOnlyList<(string UserName, string DisplayName, string Role)> DemoUsers =
    [
        ("admin", "Anna Admin", Roles.Administrator),
        ("it-leitung", "Ingo Leitner", Roles.ItLeitung),
        ("beschaffung", "Berta Beschaffer", Roles.Beschaffung),
        ("rat", "Rainer Rat", Roles.Rat),
    ];

    public async Task SeedDemoUsersIfEmptyAsync()
    {
        if (!environment.IsDevelopment() || !options.Value.SeedDemoUsers || await users.AnyUserExistsAsync())
        {
            return;
        }

        foreach (var (userName, displayName, role) in DemoUsers)
        {
            // Verified example addresses, so that a configured SMTP server shows the reminders of each role's defaults.
            await users.CreateWithoutPermissionCheckAsync(userName, displayName, $"{userName}@musterstadt.example", role, DemoPassword, "System", emailConfirmed: true);
        }

        logger.LogWarning("Entwicklungsumgebung: Demo-Benutzer {Users} mit dem Passwort aus der README angelegt.", string.Join(", ", DemoUsers.Select(u => u.UserName)));
    }

    /// <summary>
    /// A further sample tenant's administrator, <c>admin.{key}</c> (the key is its sample folder's name), in the tenant of
    /// the operation: signing in as it shows that tenant's inventory and nothing of the sample city's.
    /// </summary>
    public async Task SeedDemoAdministratorAsync(string tenantKey, string tenantName)
    {
        var userName = $"admin.{tenantKey}";
        if (!environment.IsDevelopment() || !options.Value.SeedDemoUsers || await users.UserNameExistsAsync(userName))
        {
            return;
        }

        await users.CreateWithoutPermissionCheckAsync(userName, $"Administration {tenantName}", $"admin@{tenantKey}.example", Roles.Administrator, DemoPassword, "System", emailConfirmed: true);
        logger.LogWarning("Entwicklungsumgebung: Demo-Benutzer {User} für {Tenant} mit dem Passwort aus der README angelegt.", userName, tenantName);
    }

    /// <summary>
    /// With several sample tenants, the data centre's demo operator <c>betrieb</c>: with more than one tenant, only an
    /// operator edits the shared reference data, and the tenant pages and the audited look into a tenant need one.
    /// </summary>
    public async Task SeedDemoOperatorAsync()
    {
        const string userName = "betrieb";
        if (!environment.IsDevelopment() || !options.Value.SeedDemoUsers || await users.UserNameExistsAsync(userName))
        {
            return;
        }

        await users.CreateWithoutPermissionCheckAsync(userName, "Olaf Operator", "betrieb@krz.example", Roles.Operator, DemoPassword, "System");
        logger.LogWarning("Entwicklungsumgebung: Demo-Betriebskonto {User} mit dem Passwort aus der README angelegt.", userName);
    }
}
