using ItInventory.Core.Analysis.Deadlines;

namespace ItInventory.Web.Features.Contracts;

/// <summary>
/// The decision a contract waits for, as pages and the API show it (from <see cref="DecisionDue.Pending"/>):
/// the date, the days left (negative when overdue) and the urgency in words, e.g. "überfällig seit 02.07.2026".
/// </summary>
public sealed record ContractDecision(DateOnly Date, int DaysLeft, bool IsOverdue, string Urgency)
{
    public static ContractDecision? Of(ContractDeadlines deadlines) =>
        DecisionDue.Pending(deadlines) is { } due ? new(due.DecisionDate, due.DaysLeft, due.IsOverdue, due.Urgency) : null;
}
