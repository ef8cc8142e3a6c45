using System.Globalization;
using ItInventory.Web.Data.Auditing;
using ItInventory.Web.Data.Entities;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Features.Operations;

/// <summary>
/// The operator switches into a tenant and out again. Both change the sign-in cookie, so they are form posts, not
/// circuit events; both are recorded in the tenant's audit trail, where its administrators see who looked and when.
/// </summary>
public static class OperatorLookEndpoints
{
    public const string EndPath = "/betrieb/einsicht-beenden";

    public static string StartPath(int tenantId) => $"/betrieb/mandanten/{tenantId.ToString(CultureInfo.InvariantCulture)}/einsehen";

    public static IEndpointRouteBuilder MapOperatorLookEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/betrieb").RequireAuthorization(nameof(Permission.OperateInstallation)).ExcludeFromDescription();
        group.MapPost("/mandanten/{tenantId:int}/einsehen", StartAsync);
        group.MapPost("/einsicht-beenden", EndAsync);
        return endpoints;
    }

    private static async Task<IResult> StartAsync(int tenantId, HttpContext context, IAntiforgery antiforgery, TenantAdministrationService tenants,
        UserManager<ApplicationUser> userManager, SignInManager<ApplicationUser> signInManager, AuditLog auditLog, IOptions<IdentityOptions> identity)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.Problem(title: "Die Anfrage ist abgelaufen. Bitte laden Sie die Seite neu.", statusCode: StatusCodes.Status400BadRequest);
        }

        var name = await tenants.NameOfAsync(tenantId);
        if (name is null || await userManager.GetUserAsync(context.User) is not { } user)
        {
            return Results.Problem(title: "Diesen Mandanten gibt es nicht.", statusCode: StatusCodes.Status404NotFound);
        }

        await SignInAgainAsync(context, signInManager, user, OperatorLook.ClaimsFor(tenantId, identity.Value.ClaimsIdentity.RoleClaimType));
        await auditLog.RecordInAsync(tenantId, AuditAction.TenantAccess, user.UserName!,
            $"„{user.UserName}“ (Betrieb) sieht den Mandanten „{name}“ ein.", "Tenant", tenantId.ToString(CultureInfo.InvariantCulture));
        return Results.LocalRedirect("/");
    }

    private static async Task<IResult> EndAsync(HttpContext context, IAntiforgery antiforgery, UserManager<ApplicationUser> userManager,
        SignInManager<ApplicationUser> signInManager, AuditLog auditLog)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.Problem(title: "Die Anfrage ist abgelaufen. Bitte laden Sie die Seite neu.", statusCode: StatusCodes.Status400BadRequest);
        }

        var tenantId = OperatorLook.TenantOf(context.User);
        if (await userManager.GetUserAsync(context.User) is { } user)
        {
            await SignInAgainAsync(context, signInManager, user, []);
            if (tenantId is not null)
            {
                await auditLog.RecordInAsync(tenantId, AuditAction.TenantAccess, user.UserName!, $"„{user.UserName}“ (Betrieb) beendet die Einsicht.",
                    "Tenant", tenantId.Value.ToString(CultureInfo.InvariantCulture));
            }
        }

        return Results.LocalRedirect("/betrieb/mandanten");
    }

    // A new cookie from the account, with the look's claims or without them, keeping how long the sign-in lasts.
    private static async Task SignInAgainAsync(HttpContext context, SignInManager<ApplicationUser> signInManager, ApplicationUser user, IEnumerable<System.Security.Claims.Claim> claims)
    {
        var current = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var properties = current.Properties ?? new AuthenticationProperties();
        await signInManager.SignInWithClaimsAsync(user, properties, claims);
    }
}
