using ItInventory.Core.Domain.Tenants;
using ItInventory.Web.Data.Auditing;
using ItInventory.Web.Data.Entities;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Accounts;

/// <summary>Users and their roles. Each user has exactly one role; every change is recorded in the audit trail.</summary>
public sealed class UserAdministrationService(UserManager<ApplicationUser> userManager, RoleManager<IdentityRole> roleManager, ICurrentUser currentUser, ITenantContext tenant, AuditLog auditLog)
{
    public async Task<IReadOnlyList<UserSummary>> ListAsync()
    {
        await currentUser.DemandAsync(Permission.Administer);
        var tenantId = tenant.TenantId;
        var users = await userManager.Users.Where(u => u.TenantId == tenantId).OrderBy(u => u.UserName).ToListAsync();
        var result = new List<UserSummary>();
        foreach (var user in users)
        {
            var roles = await userManager.GetRolesAsync(user);
            result.Add(new UserSummary(user.Id, user.UserName!, user.DisplayName, user.Email, roles.FirstOrDefault(), user.IsDisabled,
                user.LockoutEnd is { } end && end > DateTimeOffset.UtcNow && !user.IsDisabled));
        }

        return result;
    }

    public async Task<string> CreateAsync(string userName, string? displayName, string? email, string role, string password)
    {
        await currentUser.DemandAsync(Permission.Administer);
        return await CreateWithoutPermissionCheckAsync(userName, displayName, email, role, password, await currentUser.GetNameAsync());
    }

    /// <summary>
    /// For the one-time setup and the command line, where nobody is signed in yet: the user joins the tenant of the
    /// operation, or without one the installation's first tenant (the city of a single-city installation).
    /// </summary>
    internal async Task<string> CreateWithoutPermissionCheckAsync(string userName, string? displayName, string? email, string role, string password, string actor)
    {
        var errors = new ValidationErrors()
            .When(string.IsNullOrWhiteSpace(userName), "UserName", "Der Benutzername ist Pflicht.")
            .When(!Roles.All.Contains(role), "Role", $"Die Rolle „{role}“ gibt es nicht. Erlaubt: {string.Join(", ", Roles.All)}.")
            .When(string.IsNullOrEmpty(password), "Password", "Das Passwort ist Pflicht.");
        errors.ThrowIfAny();

        await EnsureRolesAsync();
        var user = new ApplicationUser { TenantId = tenant.TenantId ?? Tenant.FirstId, UserName = userName.Trim(), DisplayName = displayName?.Trim(), Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim() };
        foreach (var validator in userManager.PasswordValidators)
        {
            var check = await validator.ValidateAsync(userManager, user, password);
            ThrowOnFailure(check, "Password");
        }

        ThrowOnFailure(await userManager.CreateAsync(user, password), "UserName");
        ThrowOnFailure(await userManager.AddToRoleAsync(user, role), "Role");
        await auditLog.RecordAsync(AuditAction.UserChange, actor, $"Benutzer „{user.UserName}“ mit Rolle „{role}“ angelegt.", "User", user.Id);
        return user.Id;
    }

    public async Task SetRoleAsync(string userId, string role)
    {
        await currentUser.DemandAsync(Permission.Administer);
        new ValidationErrors().When(!Roles.All.Contains(role), "Role", $"Die Rolle „{role}“ gibt es nicht.").ThrowIfAny();
        var user = await FindAsync(userId);
        var previous = await userManager.GetRolesAsync(user);
        if (previous.Count == 1 && previous[0] == role)
        {
            return;
        }

        await EnsureRolesAsync();
        ThrowOnFailure(await userManager.RemoveFromRolesAsync(user, previous), "Role");
        ThrowOnFailure(await userManager.AddToRoleAsync(user, role), "Role");
        // A new stamp ends open sessions with the old role at their next request or revalidation.
        await userManager.UpdateSecurityStampAsync(user);
        await auditLog.RecordAsync(AuditAction.RoleChange, await currentUser.GetNameAsync(),
            $"Rolle von „{user.UserName}“ geändert: {string.Join(", ", previous.DefaultIfEmpty("keine"))} → {role}.", "User", user.Id);
    }

    public async Task SetDisabledAsync(string userId, bool disabled)
    {
        await currentUser.DemandAsync(Permission.Administer);
        var user = await FindAsync(userId);
        if (disabled && user.UserName == await currentUser.GetNameAsync())
        {
            throw new ValidationFailedException(new Dictionary<string, string[]> { ["IsDisabled"] = ["Sie können sich nicht selbst sperren."] });
        }

        user.IsDisabled = disabled;
        user.LockoutEnabled = true;
        user.LockoutEnd = disabled ? DateTimeOffset.MaxValue : null;
        ThrowOnFailure(await userManager.UpdateAsync(user), "IsDisabled");
        await userManager.UpdateSecurityStampAsync(user);
        await auditLog.RecordAsync(AuditAction.UserChange, await currentUser.GetNameAsync(),
            disabled ? $"Benutzer „{user.UserName}“ gesperrt." : $"Benutzer „{user.UserName}“ entsperrt.", "User", user.Id);
    }

    public async Task ResetPasswordAsync(string userId, string newPassword)
    {
        await currentUser.DemandAsync(Permission.Administer);
        var user = await FindAsync(userId);
        var token = await userManager.GeneratePasswordResetTokenAsync(user);
        ThrowOnFailure(await userManager.ResetPasswordAsync(user, token, newPassword), "Password");
        await auditLog.RecordAsync(AuditAction.UserChange, await currentUser.GetNameAsync(), $"Passwort von „{user.UserName}“ zurückgesetzt.", "User", user.Id);
    }

    public async Task<bool> AnyUserExistsAsync() => await userManager.Users.AnyAsync();

    internal async Task<bool> UserNameExistsAsync(string userName) => await userManager.FindByNameAsync(userName) is not null;

    private async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                await roleManager.CreateAsync(new IdentityRole(role));
            }
        }
    }

    // A user of another tenant is answered like one that does not exist: the answer must not confirm it.
    private async Task<ApplicationUser> FindAsync(string userId) =>
        await userManager.FindByIdAsync(userId) is { } user && user.TenantId == tenant.TenantId
            ? user
            : throw new ValidationFailedException(new Dictionary<string, string[]> { ["UserId"] = ["Diesen Benutzer gibt es nicht (mehr)."] });

    private static void ThrowOnFailure(IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]> { [field] = result.Errors.Select(e => e.Description).ToArray() });
        }
    }
}
