using ItInventory.Web.Data.Auditing;
using ItInventory.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace ItInventory.Web.Features.Accounts;

public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/abmelden", async (HttpContext context, SignInManager<ApplicationUser> signInManager, AuditLog auditLog) =>
        {
            var name = context.User.Identity?.Name;
            await signInManager.SignOutAsync();
            if (name is not null)
            {
                await auditLog.RecordAsync(AuditAction.Logout, name, "Abgemeldet.");
            }

            return Results.LocalRedirect("/anmelden");
        }).ExcludeFromDescription();
        endpoints.MapSingleSignOnEndpoints();
        return endpoints;
    }
}
