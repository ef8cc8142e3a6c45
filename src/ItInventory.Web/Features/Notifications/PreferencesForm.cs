using ItInventory.Core.Analysis;
using ItInventory.Core.Formatting;
using ItInventory.Core.Notifications;
using ItInventory.Web.Features.Findings;

namespace ItInventory.Web.Features.Notifications;

/// <summary>The editable copy of <see cref="NotificationPreferences"/> the page binds to, and the German words for its choices.</summary>
public sealed class PreferencesForm
{
    public bool ContractReminders { get; set; }
    public bool WeeklyDigest { get; set; }
    public FindingScope Findings { get; set; }
    public Severity MinimumSeverity { get; set; }
    public bool MonthlySummary { get; set; }
    public DayOfWeek DigestDay { get; set; }
    public int DigestHour { get; set; }
    public IReadOnlyCollection<int> DepartmentIds { get; set; } = [];

    public static PreferencesForm From(NotificationPreferences p) => new()
    {
        ContractReminders = p.ContractReminders, WeeklyDigest = p.WeeklyDigest, Findings = p.Findings, MinimumSeverity = p.MinimumSeverity,
        MonthlySummary = p.MonthlySummary, DigestDay = p.DigestDay, DigestHour = p.DigestHour, DepartmentIds = p.DepartmentIds.ToList(),
    };

    public NotificationPreferences ToPreferences() =>
        new(ContractReminders, WeeklyDigest, Findings, MinimumSeverity, MonthlySummary, DigestDay, DigestHour, DepartmentIds.ToList());

    public static IReadOnlyList<DayOfWeek> Weekdays { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static string DayLabel(DayOfWeek day) => Formats.German.DateTimeFormat.GetDayName(day);

    public static string ScopeLabel(FindingScope scope) => scope switch
    {
        FindingScope.All => "alle Auffälligkeiten",
        FindingScope.Contracts => "nur Auffälligkeiten zu Verträgen",
        _ => "keine Auffälligkeiten",
    };

    public static string SeverityLabel(Severity severity) => $"ab „{FindingLabels.Of(severity)}“";

    /// <summary>One German sentence for a set of preferences, to show the role's defaults beside the form.</summary>
    public static string Describe(NotificationPreferences p)
    {
        var parts = new List<string>();
        if (p.ContractReminders)
        {
            parts.Add("Erinnerungen an Vertragsfristen");
        }

        if (p.WeeklyDigest)
        {
            parts.Add($"Wochenübersicht ({DayLabel(p.DigestDay)}, {p.DigestHour} Uhr) mit {ScopeLabel(p.Findings)} {SeverityLabel(p.MinimumSeverity)}");
        }

        if (p.MonthlySummary)
        {
            parts.Add("monatliche Zusammenfassung");
        }

        return parts.Count == 0 ? "keine E-Mails" : string.Join("; ", parts);
    }
}
