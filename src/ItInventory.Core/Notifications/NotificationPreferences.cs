using ItInventory.Core.Analysis;

namespace ItInventory.Core.Notifications;

/// <summary>What one user receives by e-mail. Departments empty means all departments.</summary>
public sealed record NotificationPreferences(
    bool ContractReminders,
    bool WeeklyDigest,
    FindingScope Findings,
    Severity MinimumSeverity,
    bool MonthlySummary,
    DayOfWeek DigestDay,
    int DigestHour,
    IReadOnlyList<int> DepartmentIds)
{
    public const DayOfWeek DefaultDigestDay = DayOfWeek.Monday;
    public const int DefaultDigestHour = 7;

    /// <summary>Nothing at all: the council's default, and the state of a user without a known role.</summary>
    public static readonly NotificationPreferences Nothing =
        new(false, false, FindingScope.None, Severity.Critical, false, DefaultDigestDay, DefaultDigestHour, []);

    /// <summary>IT-Leitung: every deadline and every finding from warnings up.</summary>
    public static readonly NotificationPreferences ItLeitung = Nothing with
    {
        ContractReminders = true, WeeklyDigest = true, Findings = FindingScope.All, MinimumSeverity = Severity.Warning,
    };

    /// <summary>Beschaffung: deadlines and the findings about contracts.</summary>
    public static readonly NotificationPreferences Beschaffung = ItLeitung with { Findings = FindingScope.Contracts };

    /// <summary>Rat: nothing by default; the monthly summary is an opt-in (<see cref="MonthlySummary"/>).</summary>
    public static readonly NotificationPreferences Rat = Nothing;

    public bool ReceivesAnything => ContractReminders || WeeklyDigest || MonthlySummary;

    /// <summary>Whether a finding of this severity about a contract (or not) belongs in the digest.</summary>
    public bool Includes(Severity severity, bool aboutContract) => severity >= MinimumSeverity && Findings switch
    {
        FindingScope.All => true,
        FindingScope.Contracts => aboutContract,
        _ => false,
    };

    /// <summary>
    /// Whether a contract's reminders (mail and calendar) reach the user: its responsible person always, everyone else
    /// who wants contract reminders if the contract concerns one of their departments.
    /// </summary>
    public bool WantsRemindersOf(bool isResponsible, IEnumerable<int> departmentIds) => isResponsible || (ContractReminders && Covers(departmentIds));

    /// <summary>Whether something in the given departments concerns the user (no departments chosen: everything).</summary>
    public bool Covers(IEnumerable<int> departmentIds) => DepartmentIds.Count == 0 || departmentIds.Any(DepartmentIds.Contains);
}
