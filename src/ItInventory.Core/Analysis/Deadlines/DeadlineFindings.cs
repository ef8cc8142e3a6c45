using ItInventory.Core.Domain;
using static ItInventory.Core.Analysis.GermanFormat;

namespace ItInventory.Core.Analysis.Deadlines;

/// <summary>
/// Turns contract deadlines into findings. A finding appears from <see cref="AnalysisOptions.DecisionWarningDays"/>
/// before the decision date until the deadline itself, because a deadline seen the day before is useless.
/// Open-ended contracts raise none: missing one reference point only postpones the end by one period.
/// </summary>
public static class DeadlineFindings
{
    public static Finding? For(Contract contract, ContractDeadlines deadlines, AnalysisOptions options)
    {
        var subject = SubjectRef.Contract(contract.Id, NameOf(contract));
        var name = Quoted(subject.Name);

        if (deadlines.Status == ContractStatus.DataIncomplete)
        {
            return new Finding(FindingKind.ContractDataIncomplete, Severity.Info, subject,
                $"Fristen nicht berechenbar: {subject.Name}",
                $"Für Vertrag {name} lassen sich keine Fristen berechnen: {deadlines.Note}");
        }

        if (deadlines.Status is not (ContractStatus.Running or ContractStatus.NoticeWindowOpen or ContractStatus.Expiring)
            || deadlines.DecisionDate is not { } decision
            || deadlines.NextTerminationDate is not { } end
            || deadlines.AsOf < decision.AddDays(-options.DecisionWarningDays))
        {
            return null;
        }

        var decisionReached = deadlines.AsOf >= decision;
        var severity = decisionReached ? Severity.Critical : Severity.Warning;
        var decisionText = decisionReached
            ? $"der Entscheidungstermin {Date(decision)} ist erreicht"
            : $"Entscheidungstermin ist der {Date(decision)} (in {decision.DayNumber - deadlines.AsOf.DayNumber} Tagen)";

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

    internal static string NameOf(Contract contract) =>
        string.IsNullOrWhiteSpace(contract.Title) ? contract.ContractNumber : $"{contract.ContractNumber} {contract.Title}".Trim();

    private static string Months(int months) => months == 1 ? "1 Monat" : $"{months} Monate";
}
