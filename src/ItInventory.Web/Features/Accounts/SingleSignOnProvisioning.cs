using ItInventory.Web.Data.Auditing;
using ItInventory.Web.Data.Entities;
using System.Security.Claims;
using ItInventory.Web.Data;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Features.Accounts;

/// <summary>
/// Resolves a person the identity provider vouched for to a local user, just in time: creates it on the first login,
/// linked to the provider's subject, and brings its one role in line with the mapped claim on every login. The rest of
/// the app then sees an ordinary local user, with its security stamp, permissions and audit trail.
/// </summary>
public sealed class SingleSignOnProvisioning(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    InventoryDbContext db,
    AuditLog auditLog,
    IOptions<SingleSignOnOptions> options,
    ILogger<SingleSignOnProvisioning> logger)
{
    /// <summary>The actor named in audit entries the sign-on itself writes.</summary>
    public const string Actor = "Single Sign-on";

    public async Task<SingleSignOnOutcome> ProvisionAsync(ClaimsPrincipal external, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var subject = external.FindFirstValue("sub") ?? external.FindFirstValue(ClaimTypes.NameIdentifier);
        if (string.IsNullOrWhiteSpace(subject))
        {
            await auditLog.RecordAsync(AuditAction.LoginFailed, "unbekannt", "Single Sign-on abgewiesen: Der Anmeldedienst hat keinen Subject-Claim (sub) geliefert.", cancellationToken: cancellationToken);
            return SingleSignOnOutcome.Refused(SingleSignOnFailure.ProviderError);
        }

        var userName = (external.FindFirstValue(settings.UserNameClaimType) ?? subject).Trim();
        var groups = SingleSignOnRoleMapping.ClaimValues(external.Claims, settings.RoleClaimType);
        var role = SingleSignOnRoleMapping.MapRole(external.Claims, settings.RoleClaimType, settings.RoleMapping);
        var user = await userManager.FindByLoginAsync(SingleSignOnOptions.Scheme, subject);

        if (user is { IsDisabled: true })
        {
            await auditLog.RecordAsync(AuditAction.LoginFailed, user.UserName!, "Single Sign-on eines gesperrten Kontos abgewiesen.", "User", user.Id, cancellationToken);
            return SingleSignOnOutcome.Refused(SingleSignOnFailure.Disabled);
        }

        if (role is null)
        {
            if (user is not null)
            {
                await ApplyRoleAsync(user, null, groups, cancellationToken);
            }

            await auditLog.RecordAsync(AuditAction.LoginFailed, user?.UserName ?? userName,
                $"Single Sign-on abgewiesen: Keiner der Werte im Claim „{settings.RoleClaimType}“ ({Describe(groups)}) ist einer Rolle zugeordnet.",
                "User", user?.Id, cancellationToken);
            return SingleSignOnOutcome.Refused(SingleSignOnFailure.NoRole);
        }

        var tenants = await db.Tenants.OrderBy(t => t.Id).Select(t => new SingleSignOnTenant(t.Id, t.Name, t.OfficialKey)).ToListAsync(cancellationToken);
        var (tenantId, tenantProblem) = SingleSignOnTenantMapping.Resolve(tenants, external.Claims, settings.TenantClaimType);
        if (tenantId is null || (user is not null && user.TenantId != tenantId))
        {
            await auditLog.RecordAsync(AuditAction.LoginFailed, user?.UserName ?? userName,
                $"Single Sign-on abgewiesen: {tenantProblem ?? "Das Konto gehört zu einem anderen Mandanten, als der Anmeldedienst nennt."}", "User", user?.Id, cancellationToken);
            return SingleSignOnOutcome.Refused(SingleSignOnFailure.NoTenant);
        }

        if (user is null)
        {
            return await CreateAsync(subject, userName, external, role, groups, tenantId.Value, cancellationToken);
        }

        await UpdateProfileAsync(user, external);
        await ApplyRoleAsync(user, role, groups, cancellationToken);
        return SingleSignOnOutcome.Success(user, subject);
    }

    private async Task<SingleSignOnOutcome> CreateAsync(string subject, string userName, ClaimsPrincipal external, string role, IReadOnlyList<string> groups, int tenantId, CancellationToken cancellationToken)
    {
        // Never take over a local account by name: a provider that lets people pick their name could otherwise
        // hand out the local administrator.
        if (await userManager.FindByNameAsync(userName) is not null)
        {
            await auditLog.RecordAsync(AuditAction.LoginFailed, userName,
                $"Single Sign-on abgewiesen: Der Benutzername „{userName}“ gehört bereits zu einem Konto, das nicht mit diesem Anmeldedienst verknüpft ist.", cancellationToken: cancellationToken);
            return SingleSignOnOutcome.Refused(SingleSignOnFailure.UserNameTaken);
        }

        var user = new ApplicationUser
        {
            TenantId = tenantId,
            UserName = userName,
            DisplayName = Trimmed(external.FindFirstValue("name"), 200),
            Email = Trimmed(external.FindFirstValue("email"), 256),
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await EnsureRolesAsync();
        var failure = Failure(await userManager.CreateAsync(user))
            ?? Failure(await userManager.AddToRoleAsync(user, role))
            ?? Failure(await userManager.AddLoginAsync(user, new UserLoginInfo(SingleSignOnOptions.Scheme, subject, options.Value.DisplayName)));
        if (failure is not null)
        {
            await transaction.RollbackAsync(cancellationToken);
            logger.LogWarning("Single Sign-on: Konto für {UserName} abgelehnt: {Errors}", userName, failure);
            await auditLog.RecordAsync(AuditAction.LoginFailed, userName, $"Single Sign-on abgewiesen: Konto konnte nicht angelegt werden: {failure}", cancellationToken: cancellationToken);
            return SingleSignOnOutcome.Refused(SingleSignOnFailure.AccountRejected);
        }

        await AppendAuditAsync(user, AuditAction.UserChange, $"Benutzer „{userName}“ beim ersten Single Sign-on angelegt, Rolle „{role}“ ({Describe(groups)}).", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return SingleSignOnOutcome.Success(user, subject);
    }

    /// <summary>The provider is the source of truth for the role: a changed group changes the role, and ends older sessions.</summary>
    private async Task ApplyRoleAsync(ApplicationUser user, string? role, IReadOnlyList<string> groups, CancellationToken cancellationToken)
    {
        var previous = await userManager.GetRolesAsync(user);
        if (role is null ? previous.Count == 0 : previous.Count == 1 && previous[0] == role)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await EnsureRolesAsync();
        ThrowOnFailure(await userManager.RemoveFromRolesAsync(user, previous));
        if (role is not null)
        {
            ThrowOnFailure(await userManager.AddToRoleAsync(user, role));
        }

        // A new stamp ends open sessions with the old role at their next request or revalidation.
        ThrowOnFailure(await userManager.UpdateSecurityStampAsync(user));
        await AppendAuditAsync(user, AuditAction.RoleChange,
            $"Rolle von „{user.UserName}“ per Single Sign-on geändert: {string.Join(", ", previous.DefaultIfEmpty("keine"))} → {role ?? "keine"} ({Describe(groups)}).", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task UpdateProfileAsync(ApplicationUser user, ClaimsPrincipal external)
    {
        var displayName = Trimmed(external.FindFirstValue("name"), 200) ?? user.DisplayName;
        var email = Trimmed(external.FindFirstValue("email"), 256) ?? user.Email;
        if (displayName == user.DisplayName && email == user.Email)
        {
            return;
        }

        user.DisplayName = displayName;
        // A new address is unverified: reminders go only to addresses confirmed by their link.
        user.EmailConfirmed &= email == user.Email;
        user.Email = email;
        ThrowOnFailure(await userManager.UpdateAsync(user));
    }

    // In the sign-on's transaction, for the user's tenant: the callback request has no tenant of its own yet.
    private Task AppendAuditAsync(ApplicationUser user, AuditAction action, string summary, CancellationToken cancellationToken) =>
        AuditLog.AppendAsync(db, user.TenantId, action, Actor, summary, "User", user.Id, cancellationToken);

    private async Task EnsureRolesAsync()
    {
        foreach (var name in Roles.All)
        {
            if (!await roleManager.RoleExistsAsync(name))
            {
                ThrowOnFailure(await roleManager.CreateAsync(new IdentityRole(name)));
            }
        }
    }

    private static string Describe(IReadOnlyList<string> values) =>
        values.Count == 0 ? "keine Werte" : string.Join(", ", values.Take(10).Select(v => $"„{v}“")) + (values.Count > 10 ? $" und {values.Count - 10} weitere" : "");

    private static string? Trimmed(string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        return trimmed.Length > maxLength ? trimmed[..maxLength] : trimmed;
    }

    private static string? Failure(IdentityResult result) =>
        result.Succeeded ? null : string.Join(" ", result.Errors.Select(e => e.Description));

    private static void ThrowOnFailure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Single Sign-on: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
