using ItInventory.Core.Analysis;
using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Core.Domain;

namespace ItInventory.Core.Tests.Analysis.Deadlines;

/// <summary>
/// An open-ended contract whose notice period plus the internal lead time is longer than the interval between two
/// reference points could never meet its decision date: it must not be reported as overdue for ever.
/// </summary>
public class OpenEndedDecisionTests
{
    private static readonly AnalysisOptions Options = new() { DecisionLeadDays = 90, DecisionWarningDays = 30 };

    private static Contract OpenEnded(NoticeReference reference, int noticeMonths) => new()
    {
        Id = 7, ContractNumber = "V-OE", Title = "Hosting", Start = new DateOnly(2020, 1, 1),
        TermKind = ContractTermKind.OpenEnded, NoticePeriodMonths = noticeMonths, NoticeReference = reference,
    };

    public static TheoryData<string, NoticeReference, int, string, string, string?, bool> Cases => new()
    {
        // Monthly reference, 3 months' notice, 90 days' lead: the lead reaches back past the previous notice deadline.
        // Decide by the notice deadline of the next reachable end, never "overdue".
        { "monthly, first day after a deadline", NoticeReference.EndOfMonth, 3, "2026-12-01", "2026-12-31", "2026-12-31", false },
        { "monthly, mid-month", NoticeReference.EndOfMonth, 3, "2026-12-15", "2026-12-31", "2026-12-31", false },
        { "monthly, on the deadline", NoticeReference.EndOfMonth, 3, "2026-12-31", "2026-12-31", "2026-12-31", false },
        // Quarterly reference, 6 months' notice: the same, one quarter at a time.
        { "quarterly, 6 months' notice", NoticeReference.EndOfQuarter, 6, "2026-11-10", "2026-12-31", "2026-12-31", false },
        // Yearly reference, 3 months' notice: lead and notice fit into a year; passing the decision date while the
        // notice deadline is still ahead is a real overdue decision.
        { "yearly, before the decision date", NoticeReference.EndOfYear, 3, "2026-06-01", "2026-09-30", "2026-07-02", false },
        { "yearly, overdue but notice still possible", NoticeReference.EndOfYear, 3, "2026-08-01", "2026-09-30", "2026-07-02", true },
        // Any day: nothing can be missed, so there is no decision date.
        { "any day", NoticeReference.EndOfTerm, 3, "2026-08-01", "2026-08-01", null, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_decision_date_is_one_the_city_can_meet(
        string why, NoticeReference reference, int noticeMonths, string asOf, string noticeDeadline, string? decision, bool overdue)
    {
        var deadlines = new DeadlineCalculator(Options).Calculate(OpenEnded(reference, noticeMonths), DateOnly.Parse(asOf));
        var due = DecisionDue.Of(deadlines, 3650);

        Assert.True(DateOnly.Parse(noticeDeadline) == deadlines.NoticeDeadline, $"{why}: notice deadline {deadlines.NoticeDeadline}");
        Assert.True((decision is null ? null : DateOnly.Parse(decision)) == deadlines.DecisionDate, $"{why}: decision {deadlines.DecisionDate}");
        Assert.True(overdue == (due?.IsOverdue ?? false), $"{why}: overdue {due?.IsOverdue}");
    }

    [Theory]
    [InlineData(NoticeReference.EndOfMonth, 3)]
    [InlineData(NoticeReference.EndOfQuarter, 6)]
    [InlineData(NoticeReference.EndOfTerm, 3)]
    public void No_day_of_a_year_raises_an_overdue_finding(NoticeReference reference, int noticeMonths)
    {
        var contract = OpenEnded(reference, noticeMonths);
        var calculator = new DeadlineCalculator(Options);
        var days = Enumerable.Range(0, 365).Select(d => new DateOnly(2026, 1, 1).AddDays(d)).ToList();

        var findings = days.Select(day => (Day: day, Finding: DeadlineFindings.For(contract, calculator.Calculate(contract, day), Options))).ToList();

        // Critical only on the last day notice can still be given, never because of a date that had passed already.
        Assert.All(findings.Where(f => f.Finding?.Severity == Severity.Critical),
            f => Assert.Equal(f.Finding!.DueDate, f.Day));
        Assert.DoesNotContain(findings, f => f.Finding?.Explanation.Contains("überfällig") == true);
    }
}
