using ItInventory.Web.Data;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Notifications;

/// <summary>
/// The digest's unsubscribe link, which works without signing in: the token names one user's setting in one tenant,
/// and switching the digest off touches that row only. Looked up in a scope of the token's tenant (nobody is signed in).
/// </summary>
public sealed class DigestUnsubscribe(IServiceScopeFactory scopes)
{
    /// <summary>The link's <c>art</c> for the monthly summary; without it the link is the weekly digest's.</summary>
    public const string MonthlyKind = "monat";

    /// <summary>The city and the address whose digest the token switches off; null for an unknown token.</summary>
    public Task<UnsubscribeTarget?> FindAsync(string? token, bool monthly = false, CancellationToken cancellationToken = default) =>
        WithSettingAsync(token, monthly, save: false, cancellationToken);

    /// <summary>Switches the digest off; null for an unknown token.</summary>
    public Task<UnsubscribeTarget?> ConfirmAsync(string? token, bool monthly = false, CancellationToken cancellationToken = default) =>
        WithSettingAsync(token, monthly, save: true, cancellationToken);

    private async Task<UnsubscribeTarget?> WithSettingAsync(string? token, bool monthly, bool save, CancellationToken cancellationToken)
    {
        if (!TenantTokens.TryParse(token, out var tenantId, out var secret))
        {
            return null;
        }

        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Assume(tenantId);
        var db = scope.ServiceProvider.GetRequiredService<InventoryDbContext>();
        var setting = await db.NotificationSettings.SingleOrDefaultAsync(s => s.UnsubscribeToken == secret, cancellationToken);
        var user = setting is null ? null
            : await db.Users.AsNoTracking().Where(u => u.Id == setting.UserId && u.TenantId == tenantId).Select(u => new { u.Email }).SingleOrDefaultAsync(cancellationToken);
        if (setting is null || user is null)
        {
            return null;
        }

        if (save && (monthly ? setting.MonthlySummary : setting.WeeklyDigest))
        {
            if (monthly) setting.MonthlySummary = false;
            else setting.WeeklyDigest = false;
            await db.SaveChangesAsync(cancellationToken);
        }

        var city = await db.Tenants.Where(t => t.Id == tenantId).Select(t => t.Name).SingleAsync(cancellationToken);
        return new UnsubscribeTarget(city, user.Email ?? "", monthly ? setting.MonthlySummary : setting.WeeklyDigest,
            monthly ? "monatliche Zusammenfassung" : "Wochenübersicht");
    }
}

/// <param name="What">"Wochenübersicht" or "monatliche Zusammenfassung", as the page names it.</param>
public sealed record UnsubscribeTarget(string CityName, string Email, bool DigestOn, string What = "Wochenübersicht");
