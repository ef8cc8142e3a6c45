using ItInventory.Core.Notifications;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Entities;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Notifications;

/// <summary>A user who can receive mail: enabled, with a confirmed address, with the preferences in force.</summary>
public sealed record Recipient(string UserId, string Name, string Email, string? Role, NotificationPreferences Preferences, string? UnsubscribeToken,
    bool ChoseOwnSettings = false)
{
    /// <summary>Switched every kind of mail off on the page "Benachrichtigungen" (not merely left at a role default that sends nothing).</summary>
    public bool SwitchedEverythingOff => ChoseOwnSettings && !Preferences.ReceivesAnything;
}

/// <summary>The recipients of the context's tenant; only confirmed addresses count (the verification link was opened).</summary>
public static class Recipients
{
    public static async Task<IReadOnlyList<Recipient>> LoadAsync(InventoryDbContext db, CancellationToken cancellationToken)
    {
        var tenantId = db.CurrentTenantId;
        var users = await db.Users.AsNoTracking()
            .Where(u => u.TenantId == tenantId && tenantId != null && !u.IsDisabled && u.EmailConfirmed && u.Email != null && u.Email != "")
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.Email })
            .ToListAsync(cancellationToken);
        var ids = users.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ids.Contains(ur.UserId) select new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        var settings = await db.NotificationSettings.AsNoTracking().Where(s => ids.Contains(s.UserId)).ToDictionaryAsync(s => s.UserId, cancellationToken);

        return users.Select(u =>
        {
            var role = ActingRole(roles.Where(r => r.UserId == u.Id).Select(r => r.Name));
            settings.TryGetValue(u.Id, out var stored);
            var preferences = stored is null ? DefaultsOf(role) : PreferencesOf(stored);
            // A row also exists for the unsubscribe link or the calendar feed, holding the role's defaults: that is no choice.
            var chose = stored is not null && !NotificationPreferencesService.SameChoices(preferences, DefaultsOf(role));
            return new Recipient(u.Id, u.DisplayName ?? u.UserName ?? u.Id, u.Email!, role, preferences, stored?.UnsubscribeToken, chose);
        }).ToList();
    }

    /// <summary>The defaults of a role: IT-Leitung all deadlines and findings, Beschaffung deadlines and contract findings, Rat nothing.</summary>
    public static NotificationPreferences DefaultsOf(string? role) => role switch
    {
        Roles.ItLeitung => NotificationPreferences.ItLeitung,
        Roles.Beschaffung => NotificationPreferences.Beschaffung,
        // An administrator runs the installation; mail about deadlines goes to those who decide on them.
        _ => NotificationPreferences.Nothing,
    };

    public static NotificationPreferences PreferencesOf(NotificationSetting stored) => new(
        stored.ContractReminders, stored.WeeklyDigest, stored.Findings, stored.MinimumSeverity, stored.MonthlySummary,
        stored.DigestDay, stored.DigestHour,
        stored.Departments.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList());

    /// <summary>A user with several roles acts in the one that receives most.</summary>
    public static string? ActingRole(IEnumerable<string?> roles) => roles.OrderBy(RoleRank).FirstOrDefault();

    private static int RoleRank(string? role) => role switch
    {
        Roles.ItLeitung => 0,
        Roles.Beschaffung => 1,
        Roles.Administrator => 2,
        _ => 3,
    };
}
