using ItInventory.Core.Domain.Tenants;
using ItInventory.Core.Validation;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Auditing;
using ItInventory.Web.Features.Accounts;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Operations;

public sealed record TenantSummary(int Id, string Name, TenantKind Kind, FederalState FederalState, string? OfficialKey, int? Inhabitants, int Users);

/// <summary>
/// The operator's tenants: listed with what the installation knows of them (not their data) and created together with
/// their first administrator, so that a new member municipality can sign in at once.
/// </summary>
public sealed class TenantAdministrationService(
    IDbContextFactory<InventoryDbContext> contextFactory, ICurrentUser currentUser, UserAdministrationService users, AuditLog auditLog)
{
    public async Task<IReadOnlyList<TenantSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.OperateInstallation);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var userCounts = await db.Users.Where(u => u.TenantId != null).GroupBy(u => u.TenantId!.Value)
            .Select(g => new { TenantId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.TenantId, g => g.Count, cancellationToken);
        var tenants = await db.Tenants.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken);
        return tenants.Select(t => new TenantSummary(t.Id, t.Name, t.Kind, t.FederalState, t.OfficialKey, t.Inhabitants, userCounts.GetValueOrDefault(t.Id)))
            .ToList();
    }

    /// <summary>Whether the tenant exists: the operator may look only into one that does.</summary>
    public async Task<string?> NameOfAsync(int tenantId, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.OperateInstallation);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Tenants.Where(t => t.Id == tenantId).Select(t => t.Name).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// Creates the tenant and its first administrator. Everything is checked before anything is written; should the
    /// account still fail (a name taken in the same moment), the new, empty tenant is removed again.
    /// </summary>
    public async Task<int> CreateAsync(NewTenant draft, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.OperateInstallation);
        var actor = await currentUser.GetNameAsync();
        var tenant = draft.ToTenant();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await ValidateAsync(db, draft, tenant, cancellationToken);

        db.Tenants.Add(tenant);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsConstraintViolation())
        {
            throw Invalid(nameof(NewTenant.Name), $"Einen Mandanten „{tenant.Name}“ gibt es bereits.");
        }

        try
        {
            await users.CreateInTenantAsync(tenant.Id, draft.AdminUserName!, draft.AdminDisplayName, draft.AdminEmail, Roles.Administrator, draft.AdminPassword!, actor);
        }
        catch (ValidationFailedException)
        {
            db.Tenants.Remove(tenant);
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }

        // The installation's own trail has the new record already (every save is audited); the tenant's trail starts here.
        var summary = $"Mandant „{tenant.Name}“ ({Core.Formatting.Labels.Of(tenant.Kind)}) mit der Administration „{draft.AdminUserName!.Trim()}“ angelegt.";
        await auditLog.RecordInAsync(tenant.Id, AuditAction.TenantChange, actor, summary, "Tenant", tenant.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        return tenant.Id;
    }

    private async Task ValidateAsync(InventoryDbContext db, NewTenant draft, Tenant tenant, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors()
            .When(tenant.Name.Length == 0, nameof(NewTenant.Name), "Der Name des Mandanten ist Pflicht.")
            .When(tenant.Name.Length > 200, nameof(NewTenant.Name), "Der Name darf höchstens 200 Zeichen lang sein.")
            .When(!Enum.IsDefined(tenant.Kind), nameof(NewTenant.Kind), "Bitte wählen Sie die Art der Körperschaft.")
            .When(!Enum.IsDefined(tenant.FederalState), nameof(NewTenant.FederalState), "Bitte wählen Sie das Land.")
            .Problem(nameof(NewTenant.Inhabitants), CountRules.Problem(tenant.Inhabitants, "Die Zahl der Einwohner"));
        foreach (var problem in OfficialKeys.Check(tenant.Kind, tenant.FederalState, tenant.OfficialKey, tenant.RegionalKey))
        {
            errors.Add(problem.Field == KeyField.Key ? nameof(NewTenant.OfficialKey) : nameof(NewTenant.RegionalKey), problem.Message);
        }

        if (tenant.Name.Length > 0)
        {
            errors.When(await db.Tenants.HavingKey(t => t.Name, tenant.Name).AnyAsync(cancellationToken), nameof(NewTenant.Name), $"Einen Mandanten „{tenant.Name}“ gibt es bereits.");
        }

        errors.ThrowIfAny();
        try
        {
            await users.ValidateNewAsync(Tenant.FirstId, draft.AdminUserName, Roles.Administrator, draft.AdminPassword);
        }
        catch (ValidationFailedException ex)
        {
            // The account's fields have their own names on this form.
            throw new ValidationFailedException(ex.Errors.ToDictionary(e => "Admin" + e.Key, e => e.Value));
        }
    }

    private static ValidationFailedException Invalid(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });
}
