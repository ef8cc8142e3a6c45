using System.Security.Claims;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Entities;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Notifications;

/// <summary>The signed-in user's account in the context's tenant, with the role that decides the default preferences.</summary>
public sealed record SignedInUser(ApplicationUser Account, string? Role)
{
    /// <summary>Null for an operator (no tenant) or an id that belongs to another tenant: such a caller changes nothing here.</summary>
    public static async Task<SignedInUser?> FindAsync(InventoryDbContext db, ICurrentUser currentUser, CancellationToken cancellationToken)
    {
        var userId = (await currentUser.GetPrincipalAsync()).FindFirstValue(ClaimTypes.NameIdentifier);
        var tenantId = db.CurrentTenantId;
        if (userId is null || tenantId is null)
        {
            return null;
        }

        var account = await db.Users.SingleOrDefaultAsync(u => u.Id == userId && u.TenantId == tenantId, cancellationToken);
        if (account is null)
        {
            return null;
        }

        var role = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == userId orderby r.Name select r.Name)
            .FirstOrDefaultAsync(cancellationToken);
        return new SignedInUser(account, role);
    }

    public string Name => Account.UserName ?? Account.Id;

    public static AccessDeniedException NotInTenant() => new(Permission.ViewDashboard);
}
