using ItInventory.Core.Notifications;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Notifications;

/// <summary>A user's stored notification setting, created on first need with the preferences in force then.</summary>
public static class NotificationSettingRows
{
    /// <summary>
    /// The unsubscribe secret of the recipient, creating the row (with the role's defaults written out, so nothing
    /// changes for the user) or the secret when missing: the digest's link needs one before the digest is recorded.
    /// </summary>
    public static async Task<string> UnsubscribeSecretAsync(InventoryDbContext db, Recipient recipient, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(recipient.UnsubscribeToken))
        {
            return recipient.UnsubscribeToken;
        }

        var row = await db.NotificationSettings.SingleOrDefaultAsync(s => s.UserId == recipient.UserId, cancellationToken);
        if (row is null)
        {
            row = FromPreferences(recipient.UserId, recipient.Preferences);
            db.NotificationSettings.Add(row);
        }

        if (string.IsNullOrEmpty(row.UnsubscribeToken))
        {
            row.UnsubscribeToken = TenantTokens.NewSecret();
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // A second instance created the row in the same moment: its secret is the one.
            db.Entry(row).State = EntityState.Detached;
            return await db.NotificationSettings.AsNoTracking().Where(s => s.UserId == recipient.UserId).Select(s => s.UnsubscribeToken).SingleAsync(cancellationToken);
        }

        return row.UnsubscribeToken;
    }

    public static NotificationSetting FromPreferences(string userId, NotificationPreferences p) => new()
    {
        UserId = userId, ContractReminders = p.ContractReminders, WeeklyDigest = p.WeeklyDigest, Findings = p.Findings,
        MinimumSeverity = p.MinimumSeverity, MonthlySummary = p.MonthlySummary, DigestDay = p.DigestDay, DigestHour = p.DigestHour,
        Departments = string.Join(',', p.DepartmentIds),
    };
}
