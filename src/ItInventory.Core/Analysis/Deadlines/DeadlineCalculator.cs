using ItInventory.Core.Domain;

namespace ItInventory.Core.Analysis.Deadlines;

/// <summary>
/// Computes term ends, the next possible termination date, the notice deadline and the decision date of a contract.
/// The deadlines follow the renewals: once the notice deadline of the current term has passed, a tacitly renewing
/// contract can only be ended at the end of a later renewal period, which is the error popular tools make.
/// </summary>
public sealed class DeadlineCalculator(AnalysisOptions options)
{
    // A renewal period shorter than the notice period means several renewals may pass before a deadline can be met;
    // this bound only protects against corrupt data looping for ages.
    private const int MaxSteps = 10_000;

    public DeadlineCalculator() : this(new AnalysisOptions()) { }

    public ContractDeadlines Calculate(Contract contract, DateOnly asOf)
    {
        if (ContractPlausibility.Problem(contract) is { } problem)
            return new ContractDeadlines(contract.Id, asOf, ContractStatus.DataImplausible, null, null, null, null, null, problem);

        if (contract.EndedOn is { } endedOn)
        {
            return endedOn <= asOf
                ? new ContractDeadlines(contract.Id, asOf, ContractStatus.Ended, null, endedOn, null, null, null)
                : new ContractDeadlines(contract.Id, asOf, ContractStatus.Terminated, null, endedOn, endedOn, null, null);
        }

        var result = contract.TermKind switch
        {
            ContractTermKind.FixedEnd => FixedEnd(contract, asOf),
            ContractTermKind.Renewing => Renewing(contract, asOf),
            ContractTermKind.OpenEnded => OpenEnded(contract, asOf),
            _ => Incomplete(contract, asOf, "Die Vertragsart ist unbekannt."),
        };
        return asOf < contract.Start && result.Status is ContractStatus.Running or ContractStatus.OpenEnded
            ? result with { Status = ContractStatus.NotStarted }
            : result;
    }

    private ContractDeadlines FixedEnd(Contract contract, DateOnly asOf)
    {
        DateOnly? end = contract.FixedEnd
            ?? (contract.MinimumTermMonths > 0 ? ContractCalendar.PeriodEnd(contract.Start, contract.MinimumTermMonths) : null);
        if (end is not { } termEnd)
            return Incomplete(contract, asOf, "Dem befristeten Vertrag fehlen Enddatum und Mindestlaufzeit.");
        if (termEnd < asOf)
            return new ContractDeadlines(contract.Id, asOf, ContractStatus.Ended, contract.Start, termEnd, null, null, null);
        return EndsByItself(contract, asOf, contract.Start, termEnd, note: null);
    }

    private ContractDeadlines Renewing(Contract contract, DateOnly asOf)
    {
        if (contract.RenewalPeriodMonths is not { } renewal || renewal <= 0)
            return Incomplete(contract, asOf, "Dem sich verlängernden Vertrag fehlt der Verlängerungszeitraum.");

        var firstTermMonths = contract.MinimumTermMonths > 0 ? contract.MinimumTermMonths : renewal;
        var termStart = contract.Start;
        var termEnd = ContractCalendar.PeriodEnd(termStart, firstTermMonths);
        for (var step = 0; termEnd < asOf && step < MaxSteps; step++)
        {
            termStart = termEnd.PlusDays(1);
            termEnd = ContractCalendar.PeriodEnd(termStart, renewal);
        }

        string? referenceNote = contract.NoticeReference == NoticeReference.EndOfTerm
            ? null
            : "Bei einem sich verlängernden Vertrag wird zum Ende einer Laufzeit gekündigt; der Bezugspunkt "
              + $"{ReferenceLabel(contract.NoticeReference)} wurde nicht angewandt.";

        if (!contract.TacitRenewal)
        {
            var assumedRenewal = termStart > contract.Start
                ? "Der Vertrag verlängert sich nicht stillschweigend und läuft über die Mindestlaufzeit hinaus; "
                  + "angenommen wird eine ausdrückliche Verlängerung bis zum Ende der laufenden Periode."
                : null;
            return EndsByItself(contract, asOf, termStart, termEnd, Join(assumedRenewal, referenceNote));
        }

        var termination = termEnd;
        var deadline = ContractCalendar.NoticeDeadline(termination, contract.NoticePeriodMonths);
        for (var step = 0; deadline < asOf && step < MaxSteps; step++)
        {
            termination = ContractCalendar.PeriodEnd(termination.PlusDays(1), renewal);
            deadline = ContractCalendar.NoticeDeadline(termination, contract.NoticePeriodMonths);
        }

        var decision = deadline.PlusDays(-options.DecisionLeadDays);
        var status = asOf >= decision ? ContractStatus.NoticeWindowOpen : ContractStatus.Running;
        return new ContractDeadlines(contract.Id, asOf, status, termStart, termEnd, termination, deadline, decision, referenceNote);
    }

    private ContractDeadlines OpenEnded(Contract contract, DateOnly asOf)
    {
        DateOnly? minimumTermEnd = contract.MinimumTermMonths > 0
            ? ContractCalendar.PeriodEnd(contract.Start, contract.MinimumTermMonths)
            : null;

        var earliest = Max(asOf, minimumTermEnd ?? contract.Start);
        var termination = ReferencePointOnOrAfter(earliest, contract.NoticeReference);
        var deadline = ContractCalendar.NoticeDeadline(termination, contract.NoticePeriodMonths);
        for (var step = 0; deadline < asOf && step < MaxSteps; step++)
        {
            termination = ReferencePointOnOrAfter(termination.PlusDays(1), contract.NoticeReference);
            deadline = ContractCalendar.NoticeDeadline(termination, contract.NoticePeriodMonths);
        }

        var withinMinimumTerm = minimumTermEnd is { } minEnd && asOf <= minEnd;
        var (decision, note) = OpenEndedDecision(contract, minimumTermEnd, termination, deadline);
        return new ContractDeadlines(
            contract.Id, asOf, ContractStatus.OpenEnded,
            withinMinimumTerm ? contract.Start : null,
            withinMinimumTerm ? minimumTermEnd : null,
            termination, deadline, decision, note);
    }

    /// <summary>
    /// The decision date of an open-ended contract. Missing a reference point only postpones the end by one interval,
    /// so a decision date the city could never have met is no overdue decision:
    /// <list type="bullet">
    /// <item>Terminable on any day: there is no date to miss, hence no decision date.</item>
    /// <item>Notice period plus lead time longer than the interval between two reference points (monthly reference,
    /// 3 months' notice, 90 days' lead): the decision date lies before the previous possible end, so the decision
    /// would be overdue every day. The decision date is then the latest one that still reaches the next possible end,
    /// the notice deadline itself.</item>
    /// <item>Otherwise notice deadline minus lead time; passed while the notice deadline is still ahead, it is overdue.</item>
    /// </list>
    /// </summary>
    private (DateOnly? Decision, string? Note) OpenEndedDecision(Contract contract, DateOnly? minimumTermEnd, DateOnly termination, DateOnly deadline)
    {
        if (contract.NoticeReference == NoticeReference.EndOfTerm)
        {
            return (null, "Der unbefristete Vertrag hat kein Laufzeitende als Bezugspunkt; angenommen wird eine Kündigung zu jedem Tag. "
                          + "Ein Entscheidungstermin entfällt, weil kein Kündigungstermin verpasst werden kann.");
        }

        // Decided before the previous possible end, the decision for this end would be due while that one is still
        // open: notice period plus lead time exceed the interval, and every day would find it overdue. This depends
        // on the terms only, not on the as-of date, so the decision date does not jump from day to day.
        var decision = deadline.PlusDays(-options.DecisionLeadDays);
        var previous = ReferencePointBefore(termination, contract.NoticeReference);
        var previousWasPossibleEnd = minimumTermEnd is not { } minEnd || previous >= minEnd;
        if (!previousWasPossibleEnd || decision >= previous)
            return (decision, null);

        return (deadline, $"Kündigungsfrist und interne Vorlaufzeit ({options.DecisionLeadDays} Tage) sind zusammen länger als der Abstand "
                          + $"zweier Kündigungstermine ({ReferenceLabel(contract.NoticeReference)}); entschieden werden muss daher bis zur Kündigungsfrist.");
    }

    /// <summary>The reference point before <paramref name="referencePoint"/> (which is one): the previous month's, quarter's or year's end.</summary>
    private static DateOnly ReferencePointBefore(DateOnly referencePoint, NoticeReference reference) => reference switch
    {
        NoticeReference.EndOfMonth => ContractCalendar.EndOfMonth(referencePoint.PlusDays(1).PlusMonths(-1).PlusDays(-1)),
        NoticeReference.EndOfQuarter => ContractCalendar.EndOfQuarter(referencePoint.PlusDays(1).PlusMonths(-3).PlusDays(-1)),
        NoticeReference.EndOfYear => ContractCalendar.EndOfYear(referencePoint.PlusYears(-1)),
        _ => referencePoint.PlusDays(-1),
    };

    /// <summary>A term that ends without notice: what matters is deciding on a successor in time.</summary>
    private ContractDeadlines EndsByItself(Contract contract, DateOnly asOf, DateOnly termStart, DateOnly termEnd, string? note)
    {
        var decision = termEnd.PlusDays(-options.DecisionLeadDays);
        var status = asOf >= decision ? ContractStatus.Expiring : ContractStatus.Running;
        return new ContractDeadlines(contract.Id, asOf, status, termStart, termEnd, termEnd, null, decision, note);
    }

    private static ContractDeadlines Incomplete(Contract contract, DateOnly asOf, string note) =>
        new(contract.Id, asOf, ContractStatus.DataIncomplete, null, null, null, null, null, note);

    /// <summary>The first reference point on or after the date; "end of term" of an open-ended contract means any day.</summary>
    private static DateOnly ReferencePointOnOrAfter(DateOnly date, NoticeReference reference) => reference switch
    {
        NoticeReference.EndOfMonth => ContractCalendar.EndOfMonth(date),
        NoticeReference.EndOfQuarter => ContractCalendar.EndOfQuarter(date),
        NoticeReference.EndOfYear => ContractCalendar.EndOfYear(date),
        _ => date,
    };

    internal static string ReferenceLabel(NoticeReference reference) => reference switch
    {
        NoticeReference.EndOfMonth => "Monatsende",
        NoticeReference.EndOfQuarter => "Quartalsende",
        NoticeReference.EndOfYear => "Jahresende",
        _ => "Laufzeitende",
    };

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static string? Join(string? a, string? b) => a is null ? b : b is null ? a : $"{a} {b}";
}
