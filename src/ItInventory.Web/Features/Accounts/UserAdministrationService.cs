using ItInventory.Core.Domain.Tenants;
using ItInventory.Web.Data;
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
        return await SummariesAsync(userManager.Users.Where(u => u.TenantId == tenantId));
    }

    /// <summary>The operator's accounts, which belong to no tenant.</summary>
    public async Task<IReadOnlyList<UserSummary>> ListOperatorsAsync()
    {
        await currentUser.DemandAsync(Permission.OperateInstallation);
        return await SummariesAsync(userManager.Users.Where(u => u.TenantId == null));
    }

    public async Task<string> CreateOperatorAsync(string userName, string? displayName, string? email, string password)
    {
        await currentUser.DemandAsync(Permission.OperateInstallation);
        return await CreateInTenantAsync(null, userName, displayName, email, Roles.Operator, password, await currentUser.GetNameAsync());
    }

    private async Task<IReadOnlyList<UserSummary>> SummariesAsync(IQueryable<ApplicationUser> query)
    {
        var users = await query.OrderBy(u => u.UserName).ToListAsync();
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
        // A tenant's administration creates users of its own tenant, with the tenant's roles only: never an operator.
        var tenantId = tenant.TenantId ?? throw new AccessDeniedException(Permission.Administer);
        return await CreateInTenantAsync(tenantId, userName, displayName, email, role, password, await currentUser.GetNameAsync());
    }

    /// <summary>
    /// Serializes the first-run page within this app instance: without it, posts arriving together all find no
    /// account yet and each create an administrator (or collide on the same name).
    /// </summary>
    private static readonly SemaphoreSlim FirstRun = new(1, 1);

    /// <summary>The first-run page: creates the first administrator only while no account exists.</summary>
    /// <returns>False when an account exists already (the page then closes itself).</returns>
    internal async Task<bool> CreateFirstAdministratorAsync(string userName, string? displayName, string password)
    {
        await FirstRun.WaitAsync();
        try
        {
            if (await AnyUserExistsAsync())
            {
                return false;
            }

            await CreateWithoutPermissionCheckAsync(userName, displayName, null, Roles.Administrator, password, "Ersteinrichtung");
            return true;
        }
        finally
        {
            FirstRun.Release();
        }
    }

    /// <summary>
    /// For the one-time setup and the command line, where nobody is signed in yet: the user joins the tenant of the
    /// operation, or without one the installation's first tenant (the city of a single-city installation); an operator
    /// joins none.
    /// </summary>
    internal Task<string> CreateWithoutPermissionCheckAsync(string userName, string? displayName, string? email, string role, string password, string actor,
        bool emailConfirmed = false) =>
        CreateInTenantAsync(role == Roles.Operator ? null : tenant.TenantId ?? Tenant.FirstId, userName, displayName, email, role, password, actor, emailConfirmed);

    /// <summary>
    /// Creates a user of the tenant <paramref name="tenantId"/> with one of its roles, or with no tenant an operator.
    /// Callers check the permission: the operator's tenant administration and the paths above.
    /// </summary>
    internal async Task<string> CreateInTenantAsync(int? tenantId, string userName, string? displayName, string? email, string role, string password, string actor,
        bool emailConfirmed = false)
    {
        await ValidateNewAsync(tenantId, userName, role, password);
        await EnsureRolesAsync();
        var user = new ApplicationUser { TenantId = tenantId, UserName = userName.Trim(), DisplayName = displayName?.Trim(), Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim(),
            EmailConfirmed = emailConfirmed && !string.IsNullOrWhiteSpace(email) };
        try
        {
            ThrowOnFailure(await userManager.CreateAsync(user, password), "UserName");
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // Identity checked the name, but another request took it before this save.
            new ValidationErrors().Taken(true, "UserName", userManager.ErrorDescriber.DuplicateUserName(user.UserName).Description).ThrowIfAny();
        }

        ThrowOnFailure(await userManager.AddToRoleAsync(user, role), "Role");
        await auditLog.RecordInAsync(tenantId, AuditAction.UserChange, actor, $"Benutzer „{user.UserName}“ mit Rolle „{role}“ angelegt.", "User", user.Id);
        return user.Id;
    }

    /// <summary>Everything that would make the creation fail, checked before anything is written.</summary>
    internal async Task ValidateNewAsync(int? tenantId, string? userName, string? role, string? password)
    {
        var allowed = tenantId is null ? [Roles.Operator] : Roles.All;
        var errors = new ValidationErrors()
            .When(string.IsNullOrWhiteSpace(userName), "UserName", "Der Benutzername ist Pflicht.")
            .When(role is null || !allowed.Contains(role), "Role", $"Die Rolle „{role}“ gibt es hier nicht. Erlaubt: {string.Join(", ", allowed)}.")
            .When(string.IsNullOrEmpty(password), "Password", "Das Passwort ist Pflicht.");
        errors.ThrowIfAny();

        var probe = new ApplicationUser { TenantId = tenantId, UserName = userName!.Trim() };
        foreach (var validator in userManager.UserValidators)
        {
            ThrowOnFailure(await validator.ValidateAsync(userManager, probe), "UserName");
        }

        foreach (var validator in userManager.PasswordValidators)
        {
            ThrowOnFailure(await validator.ValidateAsync(userManager, probe, password), "Password");
        }
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
        foreach (var role in Roles.All.Append(Roles.Operator))
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
