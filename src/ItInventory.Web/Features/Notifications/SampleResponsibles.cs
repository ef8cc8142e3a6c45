using ItInventory.Web.Data;
using ItInventory.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Notifications;

/// <summary>
/// On the sample city's first load in Development: its contracts get the demo IT-Leitung and Beschaffung users as
/// responsible persons (fictional, taking turns), so that a configured SMTP server shows real reminders at once.
/// Without those demo users (production, or demo users switched off) nothing is assigned.
/// </summary>
public static class SampleResponsibles
{
    public static readonly IReadOnlyList<string> DemoUserNames = ["it-leitung", "beschaffung"];

    public static async Task<int> AssignAsync(InventoryDbContext db, CancellationToken cancellationToken)
    {
        var tenantId = db.CurrentTenantId;
        var users = await db.Users.Where(u => u.TenantId == tenantId && tenantId != null && DemoUserNames.Contains(u.UserName!))
            .OrderBy(u => u.UserName == DemoUserNames[0] ? 0 : 1).Select(u => u.Id).ToListAsync(cancellationToken);
        if (users.Count == 0 || await db.ContractNotifications.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var contracts = await db.Contracts.OrderBy(c => c.ContractNumber).Select(c => c.Id).ToListAsync(cancellationToken);
        db.ContractNotifications.AddRange(contracts.Select((id, i) => new ContractNotification { ContractId = id, ResponsibleUserId = users[i % users.Count] }));
        await db.SaveChangesAsync(cancellationToken);
        return contracts.Count;
    }
}
