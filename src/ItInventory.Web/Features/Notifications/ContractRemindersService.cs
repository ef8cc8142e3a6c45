using ItInventory.Core.Notifications;
using ItInventory.Core.Validation;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Entities;
using ItInventory.Web.Features.Contracts;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Notifications;

/// <summary>A user who may be responsible for a contract: one who may see contracts.</summary>
public sealed record ResponsibleChoice(string UserId, string Name, string Role, bool HasConfirmedAddress);

public sealed record ContractReminderSettings(string? ResponsibleUserId, string? ResponsibleName, IReadOnlyList<ReminderOffset> Offsets, bool DefaultOffsets,
    IReadOnlyList<ResponsibleChoice> Choices);

/// <summary>
/// A contract's reminder settings: its responsible person, who always gets its reminders, and the offsets before its
/// notice deadline. Kept beside the contract (<see cref="ContractNotification"/>) and saved on their own, so neither the
/// contract's version nor its API change with them.
/// </summary>
public sealed class ContractRemindersService(IDbContextFactory<InventoryDbContext> contextFactory, ICurrentUser currentUser)
{
    public async Task<ContractReminderSettings> GetAsync(int contractId, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await DemandContractAsync(db, contractId, cancellationToken);
        var stored = await db.ContractNotifications.AsNoTracking().SingleOrDefaultAsync(n => n.ContractId == contractId, cancellationToken);
        var choices = await ChoicesAsync(db, cancellationToken);
        var offsets = ReminderRules.OffsetsInForce(stored?.Offsets);
        return new ContractReminderSettings(stored?.ResponsibleUserId, choices.FirstOrDefault(c => c.UserId == stored?.ResponsibleUserId)?.Name,
            offsets, stored?.Offsets is null, choices);
    }

    /// <param name="offsets">"6M, 3M, 2W"; null for the defaults, empty for no offsets (the decision date still reminds).</param>
    public async Task SaveAsync(int contractId, string? responsibleUserId, string? offsets, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditContracts);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await DemandContractAsync(db, contractId, cancellationToken);
        var responsible = string.IsNullOrWhiteSpace(responsibleUserId) ? null : responsibleUserId.Trim();
        var (parsed, problem) = ReminderRules.ParseOffsets(offsets);
        var errors = new ValidationErrors().Problem("Offsets", problem);
        errors.When(responsible is not null && (await ChoicesAsync(db, cancellationToken)).All(c => c.UserId != responsible), "ResponsibleUserId",
            "Verantwortlich kann nur ein aktiver Benutzer dieser Stadt sein, der Verträge sehen darf.");
        errors.ThrowIfAny();

        var stored = offsets is null || ReminderOffset.Format(parsed) == ReminderOffset.Format(ReminderOffset.Defaults) ? null : ReminderOffset.Format(parsed);
        var row = await db.ContractNotifications.SingleOrDefaultAsync(n => n.ContractId == contractId, cancellationToken);
        if (row is null)
        {
            row = new ContractNotification { ContractId = contractId };
            db.ContractNotifications.Add(row);
        }

        row.ResponsibleUserId = responsible;
        row.Offsets = stored;
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task DemandContractAsync(InventoryDbContext db, int contractId, CancellationToken cancellationToken)
    {
        if (!await db.Contracts.AnyAsync(c => c.Id == contractId, cancellationToken))
        {
            throw new NotFoundException(ContractService.EntityName, contractId);
        }
    }

    /// <summary>The tenant's enabled users whose role may see contracts (IT-Leitung, Beschaffung, Administration).</summary>
    private static async Task<IReadOnlyList<ResponsibleChoice>> ChoicesAsync(InventoryDbContext db, CancellationToken cancellationToken)
    {
        var tenantId = db.CurrentTenantId;
        var users = await (from u in db.Users
                           join ur in db.UserRoles on u.Id equals ur.UserId
                           join r in db.Roles on ur.RoleId equals r.Id
                           where u.TenantId == tenantId && tenantId != null && !u.IsDisabled
                           select new { u.Id, u.UserName, u.DisplayName, u.EmailConfirmed, u.Email, Role = r.Name })
            .ToListAsync(cancellationToken);
        return users
            .Where(u => u.Role is not null && Roles.Permissions.TryGetValue(u.Role, out var permissions) && permissions.Contains(Permission.ViewInventory))
            .Select(u => new ResponsibleChoice(u.Id, u.DisplayName ?? u.UserName ?? u.Id, u.Role!, u.EmailConfirmed && !string.IsNullOrEmpty(u.Email)))
            .DistinctBy(u => u.UserId).OrderBy(u => u.Name, StringComparer.Create(Core.Formatting.Formats.German, false)).ToList();
    }
}
