using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Tenancy;
using ItInventory.Web.Features.Settings;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Notifications;

/// <summary>
/// The deadline calendars: the whole tenant's for API tokens (<c>/api/v1/deadlines.ics</c>), and a user's private feed
/// (<c>/kalender/{token}.ics</c>) with the contracts whose reminders reach that user. The private feed is read without
/// signing in (calendar clients send no headers), so it is looked up in a scope of the token's tenant only.
/// </summary>
public sealed class DeadlineFeed(IServiceScopeFactory scopes, InventoryClock clock, TimeProvider time)
{
    /// <summary>Every active contract of the caller's tenant (the endpoint demands the permission to view the inventory).</summary>
    public async Task<string> ForTenantAsync(IServiceProvider requestServices, string baseUrl, CancellationToken cancellationToken)
    {
        await requestServices.GetRequiredService<ICurrentUser>().DemandAsync(Permission.ViewInventory);
        await using var db = await requestServices.GetRequiredService<IDbContextFactory<InventoryDbContext>>().CreateDbContextAsync(cancellationToken);
        var tenantId = db.CurrentTenantId ?? throw new AccessDeniedException(Permission.ViewInventory);
        var subjects = await SubjectsAsync(requestServices, db, cancellationToken);
        var city = await requestServices.GetRequiredService<TenantNames>().CurrentAsync(cancellationToken);
        return DeadlinesCalendar.Write(subjects, tenantId, city, baseUrl, time.GetUtcNow().UtcDateTime);
    }

    /// <summary>The private feed of the token's user; null for a malformed, unknown or revoked token or a disabled user.</summary>
    public async Task<string?> ForTokenAsync(string? token, string baseUrl, CancellationToken cancellationToken)
    {
        if (!TenantTokens.TryParse(token, out var tenantId, out var secret))
        {
            return null;
        }

        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Assume(tenantId);
        var db = scope.ServiceProvider.GetRequiredService<InventoryDbContext>();
        var hash = CalendarFeedSecret.Hash(secret);
        var setting = await db.NotificationSettings.AsNoTracking().SingleOrDefaultAsync(s => s.CalendarFeedToken == hash, cancellationToken);
        var user = setting is null ? null
            : await db.Users.AsNoTracking().Where(u => u.Id == setting.UserId && u.TenantId == tenantId && !u.IsDisabled).Select(u => u.Id).SingleOrDefaultAsync(cancellationToken);
        if (setting is null || user is null)
        {
            return null;
        }

        var preferences = Recipients.PreferencesOf(setting);
        var subjects = (await SubjectsAsync(scope.ServiceProvider, db, cancellationToken)).Where(s => s.Reaches(user, preferences));
        var city = await scope.ServiceProvider.GetRequiredService<TenantNames>().CurrentAsync(cancellationToken);
        return DeadlinesCalendar.Write(subjects, tenantId, city, baseUrl, time.GetUtcNow().UtcDateTime);
    }

    private async Task<IReadOnlyList<ReminderSubject>> SubjectsAsync(IServiceProvider services, InventoryDbContext db, CancellationToken cancellationToken)
    {
        var options = await services.GetRequiredService<AnalysisSettingsService>().GetEffectiveOptionsAsync(db, cancellationToken);
        return await ReminderSubjects.LoadAsync(db, new DeadlineCalculator(options), clock.Today, cancellationToken);
    }
}
