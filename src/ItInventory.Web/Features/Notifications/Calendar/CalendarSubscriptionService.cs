using ItInventory.Web.Data;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Notifications;

/// <summary>
/// The signed-in user's private calendar feed: create (or replace) its secret address, or end it. The setting row is
/// written like every other (audited); it holds only the secret's hash, so the address is shown once, when created.
/// </summary>
public sealed class CalendarSubscriptionService(IDbContextFactory<InventoryDbContext> contextFactory, ICurrentUser currentUser)
{
    public async Task<bool> IsActiveAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var user = await SignedInUser.FindAsync(db, currentUser, cancellationToken) ?? throw SignedInUser.NotInTenant();
        return await db.NotificationSettings.AnyAsync(s => s.UserId == user.Account.Id && s.CalendarFeedToken != null, cancellationToken);
    }

    /// <summary>A new secret address; the previous one (if any) stops working at once. Returns the feed's path.</summary>
    public async Task<string> RenewAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var user = await SignedInUser.FindAsync(db, currentUser, cancellationToken) ?? throw SignedInUser.NotInTenant();
        var row = await db.NotificationSettings.SingleOrDefaultAsync(s => s.UserId == user.Account.Id, cancellationToken);
        if (row is null)
        {
            // The role's defaults written out, so nothing else changes for the user.
            row = NotificationSettingRows.FromPreferences(user.Account.Id, Recipients.DefaultsOf(user.Role));
            row.UnsubscribeToken = TenantTokens.NewSecret();
            db.NotificationSettings.Add(row);
        }

        var secret = TenantTokens.NewSecret();
        row.CalendarFeedToken = CalendarFeedSecret.Hash(secret);
        await db.SaveChangesAsync(cancellationToken);
        return CalendarFeedSecret.PathOf(TenantTokens.Compose(user.Account.TenantId!.Value, secret));
    }

    /// <summary>Ends the subscription: the address answers 404 from now on.</summary>
    public async Task RevokeAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var user = await SignedInUser.FindAsync(db, currentUser, cancellationToken) ?? throw SignedInUser.NotInTenant();
        var row = await db.NotificationSettings.SingleOrDefaultAsync(s => s.UserId == user.Account.Id, cancellationToken);
        if (row?.CalendarFeedToken is not null)
        {
            row.CalendarFeedToken = null;
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
