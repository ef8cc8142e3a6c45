using ItInventory.Web.Data.Auditing;
using ItInventory.Web.Data.Entities;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;

namespace ItInventory.Web.Features.Accounts;

/// <summary>
/// Takes over once the provider's answer is validated (after the userinfo call, so its groups count too): provisions the
/// local user and signs in with Identity's application cookie, exactly as a password login does. The provider's own
/// principal is never stored.
/// </summary>
public sealed class SingleSignOnEvents(
    SingleSignOnProvisioning provisioning,
    SignInManager<ApplicationUser> signInManager,
    AuditLog auditLog,
    ILogger<SingleSignOnEvents> logger) : OpenIdConnectEvents
{
    public override async Task TicketReceived(TicketReceivedContext context)
    {
        context.HandleResponse();
        var outcome = await provisioning.ProvisionAsync(context.Principal ?? new ClaimsPrincipal(), context.HttpContext.RequestAborted);
        if (outcome.User is not { } user)
        {
            context.Response.Redirect(LoginPage(outcome.Failure ?? SingleSignOnFailure.ProviderError));
            return;
        }

        // The same checks as a password login (lockout, confirmation), then Identity's application cookie.
        var result = await signInManager.ExternalLoginSignInAsync(SingleSignOnOptions.Scheme, outcome.Subject!, isPersistent: false, bypassTwoFactor: true);
        if (!result.Succeeded)
        {
            await auditLog.RecordAsync(AuditAction.LoginFailed, user.UserName!, result.IsLockedOut ? "Single Sign-on abgewiesen: Konto gesperrt." : "Single Sign-on abgewiesen.", "User", user.Id);
            context.Response.Redirect(LoginPage(result.IsLockedOut ? SingleSignOnFailure.Disabled : SingleSignOnFailure.ProviderError));
            return;
        }

        await auditLog.RecordAsync(AuditAction.Login, user.UserName!, "Per Single Sign-on angemeldet.", "User", user.Id);
        context.Response.Redirect(LocalReturnUrl.Sanitize(context.ReturnUri));
    }

    public override async Task RemoteFailure(RemoteFailureContext context)
    {
        context.HandleResponse();
        logger.LogWarning(context.Failure, "Single Sign-on fehlgeschlagen.");
        var reason = context.Failure?.Message ?? "unbekannter Fehler";
        await auditLog.RecordAsync(AuditAction.LoginFailed, "unbekannt", $"Single Sign-on fehlgeschlagen: {(reason.Length > 300 ? reason[..300] + " …" : reason)}");
        context.Response.Redirect(LoginPage(SingleSignOnFailure.ProviderError));
    }

    private static string LoginPage(SingleSignOnFailure failure) => $"/anmelden?sso={failure.Code()}";
}
