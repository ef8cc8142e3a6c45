using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Core.Notifications;
using ItInventory.Core.Validation;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Notifications;

/// <summary>
/// Records the contract reminders due on a day for the context's tenant, one row per recipient under its message key.
/// A key recorded before (a restart, a second instance, yesterday's pass) is left alone: recording is what makes the
/// sending exactly once, so it happens before any mail goes out.
/// </summary>
public static class ContractReminderPlanner
{
    public static async Task<int> RecordDueAsync(InventoryDbContext db, DeadlineCalculator calculator, DateOnly asOf, string cityName, string baseUrl,
        DateTime nowUtc, CancellationToken cancellationToken)
    {
        var recipients = await Recipients.LoadAsync(db, cancellationToken);
        var contracts = await db.Contracts.AsNoTracking().Include(c => c.Vendor).Include(c => c.Products).ThenInclude(p => p.UsingDepartments)
            .AsSplitQuery().ToListAsync(cancellationToken);
        var settings = await db.ContractNotifications.AsNoTracking().ToDictionaryAsync(n => n.ContractId, cancellationToken);

        var candidates = new List<OutgoingMail>();
        foreach (var contract in contracts)
        {
            settings.TryGetValue(contract.Id, out var setting);
            var offsets = setting?.Offsets is { } stored ? ReminderRules.ParseOffsets(stored).Offsets : ReminderOffset.Defaults;
            if (ReminderSchedule.Due(calculator.Calculate(contract, asOf), offsets, asOf) is not { } reminder)
            {
                continue;
            }

            var facts = new ContractFacts(contract.Id, contract.ContractNumber, contract.Title, contract.Vendor?.Name ?? "",
                contract.Products.Select(p => p.Name).Order().ToList(),
                contract.Products.SelectMany(p => p.UsingDepartments.Select(d => d.DepartmentId).Append(p.OwnerDepartmentId)).Distinct().ToList());
            var mail = ContractReminderMail.Compose(reminder, facts, cityName, baseUrl);
            candidates.AddRange(recipients
                .Where(r => r.UserId == setting?.ResponsibleUserId || (r.Preferences.ContractReminders && r.Preferences.Covers(facts.DepartmentIds)))
                .Select(r => new OutgoingMail
                {
                    Key = reminder.KeyFor(r.UserId), RecipientUserId = r.UserId, ToAddress = r.Email, Subject = Clip(mail.Subject, OutgoingMail.SubjectLength),
                    TextBody = mail.Text, HtmlBody = mail.Html, DueOn = reminder.DueOn, IsLate = reminder.IsLate,
                    Status = OutgoingMailStatus.Pending, NextAttemptAt = nowUtc, CreatedAt = nowUtc,
                }));
        }

        return await OutgoingMails.RecordNewAsync(db, candidates, cancellationToken);
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
