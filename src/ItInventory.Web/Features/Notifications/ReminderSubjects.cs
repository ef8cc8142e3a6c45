using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Core.Notifications;
using ItInventory.Core.Validation;
using ItInventory.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Notifications;

/// <summary>A contract as reminders see it: its deadlines on a day, its facts, its offsets in force and its responsible person.</summary>
public sealed record ReminderSubject(ContractFacts Facts, DateOnly Start, int NoticePeriodMonths, ContractDeadlines Deadlines,
    IReadOnlyList<ReminderOffset> Offsets, string? ResponsibleUserId)
{
    /// <summary>Whether the subject's reminders reach a user with these preferences (the one rule for mail and calendar).</summary>
    public bool Reaches(string userId, NotificationPreferences preferences) =>
        preferences.WantsRemindersOf(userId == ResponsibleUserId, Facts.DepartmentIds);
}

/// <summary>Loads the context's tenant's contracts for the reminder pass and the calendar feeds, ordered by contract number.</summary>
public static class ReminderSubjects
{
    public static async Task<IReadOnlyList<ReminderSubject>> LoadAsync(InventoryDbContext db, DeadlineCalculator calculator, DateOnly asOf,
        CancellationToken cancellationToken)
    {
        var contracts = await db.Contracts.AsNoTracking().Include(c => c.Vendor).Include(c => c.Products).ThenInclude(p => p.UsingDepartments)
            .AsSplitQuery().OrderBy(c => c.ContractNumber).ToListAsync(cancellationToken);
        var settings = await db.ContractNotifications.AsNoTracking().ToDictionaryAsync(n => n.ContractId, cancellationToken);
        return contracts.Select(contract =>
        {
            settings.TryGetValue(contract.Id, out var setting);
            var facts = new ContractFacts(contract.Id, contract.ContractNumber, contract.Title, contract.Vendor?.Name ?? "",
                contract.Products.Select(p => p.Name).Order().ToList(),
                contract.Products.SelectMany(p => p.UsingDepartments.Select(d => d.DepartmentId).Append(p.OwnerDepartmentId)).Distinct().ToList());
            return new ReminderSubject(facts, contract.Start, contract.NoticePeriodMonths, calculator.Calculate(contract, asOf),
                ReminderRules.OffsetsInForce(setting?.Offsets), setting?.ResponsibleUserId);
        }).ToList();
    }
}
