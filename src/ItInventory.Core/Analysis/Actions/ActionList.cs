using ItInventory.Core.Analysis.Deadlines;
using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Core.Analysis.Actions;

/// <summary>
/// "Handlungsbedarf": the contract decisions due soon (overdue ones first, in red on the page) and the findings worth a
/// user's week, each with what to do, minus what colleagues marked done or postponed. Built from the shared analysis
/// result, so it says what the findings and the contract deadlines say, never something of its own.
/// </summary>
public static class ActionList
{
    public static ActionListResult Build(AnalysisReport report, Func<int, string?> contractName,
        IReadOnlyDictionary<string, ActionMarkState> marks, ActionListOptions options)
    {
        var all = Decisions(report, contractName, options).Concat(Findings(report, options)).ToList();
        var hidden = all.Where(i => marks.TryGetValue(i.Key, out var mark) && mark.Hides(report.AsOf)).ToList();
        return new ActionListResult(all.Except(hidden).ToList(), hidden);
    }

    public static string DecisionKey(int contractId, DateOnly decisionDate) =>
        $"vertrag:{contractId}:entscheidung:{decisionDate:yyyy-MM-dd}";

    /// <summary>One key per cause: the money findings of a subject and year are one item, whichever angle is largest.</summary>
    public static string FindingKey(Finding finding) => ImpactSeverity.IsAboutMoney(finding.Kind)
        ? $"befund:kosten:{finding.Subject.Kind}:{finding.Subject.Id}:{finding.Year}"
        : $"befund:{finding.Kind}:{finding.Subject.Kind}:{finding.Subject.Id}:{ShortHash(finding.Title)}";

    // A subject can have several findings of one kind (a gap per missing standard); the title tells them apart.
    private static string ShortHash(string text) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..12];

    private static IEnumerable<ActionItem> Decisions(AnalysisReport report, Func<int, string?> contractName, ActionListOptions options)
    {
        foreach (var due in DecisionDue.Within(report.Deadlines, options.DecisionWindowDays))
        {
            var deadlines = due.Deadlines;
            if (contractName(deadlines.ContractId) is not { } name || deadlines.NextTerminationDate is not { } end)
            {
                continue;
            }

            var urgency = due.DaysLeft switch
            {
                < 0 => ActionUrgency.Overdue,
                <= 7 => ActionUrgency.Within7Days,
                <= 30 => ActionUrgency.Within30Days,
                _ => ActionUrgency.Within90Days,
            };
            var toDo = deadlines.NoticeDeadline is { } notice
                ? $"Kündigen oder bewusst weiterlaufen lassen: die Kündigung muss bis {Date(notice)} eingehen, sonst läuft der Vertrag über den {Date(end)} hinaus."
                : $"Über Nachfolge oder ausdrückliche Verlängerung entscheiden: der Vertrag endet am {Date(end)}.";
            yield return new ActionItem(DecisionKey(deadlines.ContractId, due.DecisionDate), urgency,
                SubjectRef.Contract(deadlines.ContractId, name), $"Vertrag {name}: Entscheidung {due.Urgency}", toDo,
                due.DecisionDate, Severity: due.IsOverdue ? Severity.Critical : Severity.Warning);
        }
    }

    private static IEnumerable<ActionItem> Findings(AnalysisReport report, ActionListOptions options)
    {
        // Notice deadlines and contract ends are the decisions above, with their own window.
        var relevant = report.Findings
            .Where(f => f.Kind is not (FindingKind.NoticeDeadline or FindingKind.ContractExpiry) && f.Severity >= options.MinimumSeverity)
            .ToList();
        var money = FindingTotals.OnePerCause(relevant).Where(f => f.ImpactEuro >= options.MinimumImpactEuro);
        var other = relevant.Where(f => !ImpactSeverity.IsAboutMoney(f.Kind))
            .OrderByDescending(f => f.Severity).ThenBy(f => f.Subject.Name, StringComparer.Ordinal);
        return money.Concat(other).Select(f => new ActionItem(FindingKey(f), ActionUrgency.Finding, f.Subject, f.Title,
            ToDoFor(f.Kind), ImpactEuro: f.ImpactEuro, Severity: f.Severity));
    }

    private static string ToDoFor(FindingKind kind) => kind switch
    {
        FindingKind.PriceIncrease or FindingKind.CumulativePriceIncrease =>
            "Preiserhöhung mit dem Anbieter klären: Begründung anfordern, verhandeln oder Alternativen prüfen.",
        FindingKind.ClauseBreach => "Rechnung gegen die Preisklausel des Vertrags prüfen und zu viel Gezahltes zurückfordern.",
        FindingKind.UnilateralClause => "Einseitige Preisklausel bei der nächsten Verlängerung durch eine Indexklausel ersetzen.",
        FindingKind.LockInHard or FindingKind.LockInHigh => "Ausstieg vorbereiten: offenen Datenexport einfordern und Alternativen erkunden.",
        FindingKind.ComplianceGap => "Fehlenden Standard beim Anbieter einfordern und in der nächsten Vergabe zur Bedingung machen.",
        FindingKind.ContractDataIncomplete => "Fehlende Vertragsdaten ergänzen, damit die Fristen berechnet werden.",
        FindingKind.DataImplausible => "Unplausible Angaben berichtigen, damit der Datensatz wieder ausgewertet wird.",
        FindingKind.ServiceNotOnline => "Online-Dienst für die Leistung einführen (Landes- oder EfA-Dienst prüfen).",
        FindingKind.ServiceMediaBreak => "Online-Dienst elektronisch an das Fachverfahren anbinden (FIT-Connect oder XÖV-Standard).",
        FindingKind.ServiceProcedureWithoutInterface => "Dokumentierte Schnittstelle beim Anbieter einfordern und in der nächsten Vergabe zur Bedingung machen.",
        FindingKind.ServiceProcedurePhaseOut => "Nachfolge des Fachverfahrens entscheiden, bevor es abgelöst wird.",
        FindingKind.DataActBreach => "Wechselbedingungen des Cloud-Vertrags nach dem Data Act nachverhandeln oder unwirksame Entgelte zurückweisen.",
        _ => "Abhängigkeit bewerten und Alternativen für die nächste Vergabe prüfen.",
    };
}
