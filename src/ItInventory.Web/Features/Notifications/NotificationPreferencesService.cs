using System.Globalization;
using System.Security.Cryptography;
using ItInventory.Core.Notifications;
using ItInventory.Core.Validation;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Entities;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Features.Notifications;

/// <summary>What the page "Benachrichtigungen" shows of the signed-in user.</summary>
public sealed record MyNotifications(
    string UserName, string? Email, bool EmailConfirmed, bool VerificationPending, string? Role,
    NotificationPreferences Defaults, NotificationPreferences Current, bool IsDefault, bool MailConfigured,
    IReadOnlyList<DepartmentChoice> Departments);

public sealed record DepartmentChoice(int Id, string Label);

/// <summary>
/// The signed-in user's own choices of what is mailed. Without a stored row the defaults of the role apply; saving writes
/// a row (audited like every write), resetting writes the role's defaults back into it (keeping its link secrets).
/// </summary>
public sealed class NotificationPreferencesService(IDbContextFactory<InventoryDbContext> contextFactory, ICurrentUser currentUser, IOptions<MailOptions> mail)
{
    public async Task<MyNotifications> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var user = await SignedInUser.FindAsync(db, currentUser, cancellationToken) ?? throw SignedInUser.NotInTenant();
        var stored = await db.NotificationSettings.AsNoTracking().SingleOrDefaultAsync(s => s.UserId == user.Account.Id, cancellationToken);
        var defaults = Recipients.DefaultsOf(user.Role);
        var current = stored is null ? defaults : Recipients.PreferencesOf(stored);
        var pending = await db.UserTokens.AnyAsync(t => t.UserId == user.Account.Id && t.LoginProvider == AddressVerificationToken.LoginProvider
                                                        && t.Name == AddressVerificationToken.Name, cancellationToken);
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.Number).ThenBy(d => d.Name)
            .Select(d => new DepartmentChoice(d.Id, d.Number + " " + d.Name)).ToListAsync(cancellationToken);
        return new MyNotifications(user.Name, user.Account.Email, user.Account.EmailConfirmed, pending, user.Role, defaults, current,
            SameChoices(current, defaults), mail.Value.IsConfigured, departments);
    }

    public async Task SaveAsync(NotificationPreferences preferences, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var user = await SignedInUser.FindAsync(db, currentUser, cancellationToken) ?? throw SignedInUser.NotInTenant();
        var errors = new ValidationErrors();
        foreach (var (field, message) in NotificationRules.PreferenceProblems(preferences))
        {
            errors.Add(field, message);
        }

        var chosen = preferences.DepartmentIds.Distinct().Order().ToList();
        var known = await db.Departments.Where(d => chosen.Contains(d.Id)).CountAsync(cancellationToken);
        errors.When(known != chosen.Count, nameof(preferences.DepartmentIds), "Mindestens eines der gewählten Ämter gibt es nicht (mehr).");
        errors.ThrowIfAny();

        await WriteAsync(db, user, preferences with { DepartmentIds = chosen }, cancellationToken);
    }

    /// <summary>Back to the defaults of the user's role.</summary>
    public async Task ResetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var user = await SignedInUser.FindAsync(db, currentUser, cancellationToken) ?? throw SignedInUser.NotInTenant();
        if (await db.NotificationSettings.AnyAsync(s => s.UserId == user.Account.Id, cancellationToken))
        {
            await WriteAsync(db, user, Recipients.DefaultsOf(user.Role), cancellationToken);
        }
    }

    public static bool SameChoices(NotificationPreferences a, NotificationPreferences b) =>
        (a with { DepartmentIds = [] }) == (b with { DepartmentIds = [] }) && a.DepartmentIds.Order().SequenceEqual(b.DepartmentIds.Order());

    private static async Task WriteAsync(InventoryDbContext db, SignedInUser user, NotificationPreferences preferences, CancellationToken cancellationToken)
    {
        var row = await db.NotificationSettings.SingleOrDefaultAsync(s => s.UserId == user.Account.Id, cancellationToken);
        if (row is null)
        {
            row = new NotificationSetting { UserId = user.Account.Id, UnsubscribeToken = TenantTokens.NewSecret() };
            db.NotificationSettings.Add(row);
        }

        row.ContractReminders = preferences.ContractReminders;
        row.WeeklyDigest = preferences.WeeklyDigest;
        row.Findings = preferences.Findings;
        row.MinimumSeverity = preferences.MinimumSeverity;
        row.MonthlySummary = preferences.MonthlySummary;
        row.DigestDay = preferences.DigestDay;
        row.DigestHour = preferences.DigestHour;
        row.Departments = string.Join(',', preferences.DepartmentIds.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        await db.SaveChangesAsync(cancellationToken);
    }
}
