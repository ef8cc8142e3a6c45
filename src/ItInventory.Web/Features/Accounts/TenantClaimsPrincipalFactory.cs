using System.Globalization;
using System.Security.Claims;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Entities;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Features.Accounts;

/// <summary>
/// Adds the user's tenant to the principal of a login, a token and every security-stamp check (which runs on each
/// request and rebuilds the principal, so a cookie issued before tenants existed gains the claim at its next request),
/// and whether the installation has several tenants (<see cref="ReferenceDataAccess"/>).
/// </summary>
public sealed class TenantClaimsPrincipalFactory(UserManager<ApplicationUser> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options,
    IDbContextFactory<InventoryDbContext> contextFactory)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.TenantId is { } tenantId)
        {
            identity.AddClaim(new Claim(ITenantContext.ClaimType, tenantId.ToString(CultureInfo.InvariantCulture)));
        }

        await using var db = await contextFactory.CreateDbContextAsync();
        if (await db.Tenants.Take(2).CountAsync() > 1)
        {
            identity.AddClaim(new Claim(ReferenceDataAccess.ClaimType, ReferenceDataAccess.SeveralTenants));
        }

        return identity;
    }
}
