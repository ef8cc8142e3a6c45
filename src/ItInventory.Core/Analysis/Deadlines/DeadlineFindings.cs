using ItInventory.Core.Domain;
using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Core.Analysis.Deadlines;

/// <summary>
/// Turns contract deadlines into findings. A finding appears from <see cref="AnalysisOptions.DecisionWarningDays"/>
/// before the decision date until the deadline itself (see <see cref="DecisionDue"/>, the rule the dashboard and
/// the contract list share), because a deadline seen the day before is useless. Open-ended contracts are included:
/// missing a reference point postpones the end by a period, which costs money and is a decision too.
/// </summary>
public static class DeadlineFindings
{
    public static Finding? For(Contract contract, ContractDeadlines deadlines, AnalysisOptions options)
    {
        var subject = SubjectRef.Contract(contract.Id, NameOf(contract));
        var name = Quoted(subject.Name);

        if (deadlines.Status == ContractStatus.DataImplausible)
        {
            return new Finding(FindingKind.DataImplausible, Severity.Warning, subject,
                $"Daten unplausibel: {subject.Name}",
                $"Vertrag {name} bleibt in der Analyse unberücksichtigt, bis seine Angaben berichtigt sind: {deadlines.Note}");
        }

        if (deadlines.Status == ContractStatus.DataIncomplete)
        {
            return new Finding(FindingKind.ContractDataIncomplete, Severity.Info, subject,
                $"Fristen nicht berechenbar: {subject.Name}",
                $"Für Vertrag {name} lassen sich keine Fristen berechnen: {deadlines.Note}");
        }

        // The same window as the dashboard and the contract list, with the warning days as its width.
        if (DecisionDue.Of(deadlines, options.DecisionWarningDays) is not { } due
            || deadlines.NextTerminationDate is not { } end)
        {
            return null;
        }

        var decision = due.DecisionDate;
        var severity = due.DaysLeft <= 0 ? Severity.Critical : Severity.Warning;
        var decisionText = due.DaysLeft switch
        {
            < 0 => $"die Entscheidung ist überfällig seit {Date(decision)}",
            0 => $"der Entscheidungstermin {Date(decision)} ist erreicht",
            _ => $"Entscheidungstermin ist der {Date(decision)} (in {due.DaysLeft} Tagen)",
        };

        if (deadlines.Status is ContractStatus.OpenEnded && deadlines.NoticeDeadline is { } openDeadline)
        {
            return new Finding(FindingKind.NoticeDeadline, severity, subject,
                $"Kündigungsfrist {subject.Name}: {Date(openDeadline)}",
                $"Wer den unbefristeten Vertrag {name} zum {Date(end)} beenden will, muss bis {Date(openDeadline)} kündigen "
                + $"({Months(contract.NoticePeriodMonths)} Frist), sonst läuft er bis zum nächsten Kündigungstermin weiter; {decisionText}.",
                DueDate: openDeadline);
        }

        if (deadlines.NoticeDeadline is { } noticeDeadline)
        {
            return new Finding(FindingKind.NoticeDeadline, severity, subject,
                $"Kündigungsfrist {subject.Name}: {Date(noticeDeadline)}",
                $"Wer Vertrag {name} zum {Date(end)} beenden will, muss bis {Date(noticeDeadline)} kündigen "
                + $"({Months(contract.NoticePeriodMonths)} Frist), sonst verlängert er sich stillschweigend; {decisionText}.",
                DueDate: noticeDeadline);
        }

        return new Finding(FindingKind.ContractExpiry, severity, subject,
            $"Vertragsende {subject.Name}: {Date(end)}",
            $"Vertrag {name} endet am {Date(end)} ohne stillschweigende Verlängerung, über Neuvergabe oder "
            + $"ausdrückliche Verlängerung ist rechtzeitig zu entscheiden; {decisionText}.",
            DueDate: end);
    }

    internal static string NameOf(Contract contract) => ContractName(contract.ContractNumber, contract.Title);

    /// <summary>How a contract is named wherever a deadline or decision is shown: its number, then its title if any.</summary>
    public static string ContractName(string number, string? title) =>
        string.IsNullOrWhiteSpace(title) ? number : $"{number} {title}".Trim();

    private static string Months(int months) => months == 1 ? "1 Monat" : $"{months} Monate";
}
