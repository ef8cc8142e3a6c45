using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Core.Analysis.Deadlines;

/// <summary>
/// A contract whose decision date falls within the window: renewing contracts (give notice or renew), open-ended
/// ones (give notice at the next reference point or keep them) and contracts that simply run out (decide on a
/// successor). A decision date already passed is included and marked overdue: while the notice deadline or the end
/// has not passed, the decision is still possible and more urgent, not gone.
/// </summary>
public sealed record DecisionDue(ContractDeadlines Deadlines, DateOnly DecisionDate)
{
    /// <summary>Days from the as-of date to the decision date; negative when overdue.</summary>
    public int DaysLeft => DecisionDate.DayNumber - Deadlines.AsOf.DayNumber;

    public bool IsOverdue => DaysLeft < 0;

    /// <summary>"überfällig seit 02.07.2024", "heute fällig", "in 20 Tagen": the urgency in words, not by colour only.</summary>
    public string Urgency => DaysLeft switch
    {
        < 0 => $"überfällig seit {Date(DecisionDate)}",
        0 => "heute fällig",
        1 => "morgen fällig",
        _ => $"in {DaysLeft} Tagen",
    };

    /// <summary>The one definition of "needs a decision within <paramref name="withinDays"/> days of the as-of date".</summary>
    public static DecisionDue? Of(ContractDeadlines deadlines, int withinDays) =>
        Pending(deadlines) is { } due && due.DaysLeft <= Math.Max(0, withinDays) ? due : null;

    /// <summary>The decision ahead of a contract, however far off (for lists and calendars); null when none is to be made.</summary>
    public static DecisionDue? Pending(ContractDeadlines deadlines) =>
        NeedsDecision(deadlines.Status) && deadlines.DecisionDate is { } decision ? new DecisionDue(deadlines, decision) : null;

    /// <summary>Every contract due within the window, most urgent (earliest decision date) first.</summary>
    public static IReadOnlyList<DecisionDue> Within(IEnumerable<ContractDeadlines> deadlines, int withinDays) =>
        deadlines.Select(d => Of(d, withinDays)).OfType<DecisionDue>()
            .OrderBy(d => d.DecisionDate).ThenBy(d => d.Deadlines.ContractId).ToList();

    /// <summary>
    /// Contracts with a decision ahead. Not those already terminated (the decision is made), ended, or lacking data
    /// (they get their own finding).
    /// </summary>
    private static bool NeedsDecision(ContractStatus status) => status is ContractStatus.NotStarted or ContractStatus.Running
        or ContractStatus.NoticeWindowOpen or ContractStatus.Expiring or ContractStatus.OpenEnded;
}
