using ItInventory.Core.Analysis;
using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Core.Domain;

namespace ItInventory.Core.Tests.Analysis.Deadlines;

/// <summary>The one rule "needs a decision within N days", overdue included, for every kind of contract.</summary>
public class DecisionDueTests
{
    private static readonly DeadlineCalculator Calculator = new(new AnalysisOptions { DecisionLeadDays = 90 });

    private static Contract Renewing() => new()
    {
        Id = 1, Start = new DateOnly(2022, 1, 1), TermKind = ContractTermKind.Renewing, MinimumTermMonths = 36,
        RenewalPeriodMonths = 12, TacitRenewal = true, NoticePeriodMonths = 3,
    };

    private static Contract FixedEnd() => new()
    {
        Id = 2, Start = new DateOnly(2022, 1, 1), TermKind = ContractTermKind.FixedEnd, FixedEnd = new DateOnly(2024, 12, 31),
    };

    private static Contract OpenEnded() => new()
    {
        Id = 3, Start = new DateOnly(2022, 1, 1), TermKind = ContractTermKind.OpenEnded, NoticePeriodMonths = 6,
        NoticeReference = NoticeReference.EndOfYear,
    };

    private static Contract Terminated()
    {
        var contract = Renewing();
        contract.EndedOn = new DateOnly(2025, 12, 31);
        return contract;
    }

    public static TheoryData<string, Func<Contract>, string, int, string?> Cases => new()
    {
        // Renewing: notice deadline 2024-09-30, decision 2024-07-02.
        { "renewing, outside the window", Renewing, "2024-06-01", 7, null },
        { "renewing, within the window", Renewing, "2024-06-01", 31, "in 31 Tagen" },
        { "renewing, on the decision date", Renewing, "2024-07-02", 0, "heute fällig" },
        { "renewing, overdue but notice still possible", Renewing, "2024-08-01", 7, "überfällig seit 02.07.2024" },
        // After the notice deadline the next renewal's dates count (decision 2025-07-02).
        { "renewing, after the deadline", Renewing, "2024-10-01", 7, null },
        // Fixed end 2024-12-31: decision about a successor on 2024-10-02.
        { "runs out, within the window", FixedEnd, "2024-10-01", 1, "morgen fällig" },
        { "runs out, overdue", FixedEnd, "2024-12-01", 7, "überfällig seit 02.10.2024" },
        { "runs out, ended", FixedEnd, "2025-01-01", 365, null },
        // Open-ended, 6 months to the year end: end 2024-12-31, notice by 2024-06-30, decision 2024-04-01.
        { "open-ended, within the window", OpenEnded, "2024-03-25", 7, "in 7 Tagen" },
        { "open-ended, overdue", OpenEnded, "2024-05-01", 7, "überfällig seit 01.04.2024" },
        // Notice given: nothing left to decide.
        { "terminated", Terminated, "2024-08-01", 365, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decisions_due_include_every_kind_and_mark_the_overdue(string why, Func<Contract> contract, string asOf, int days, string? urgency)
    {
        var due = DecisionDue.Of(Calculator.Calculate(contract(), DateOnly.Parse(asOf)), days);

        Assert.True(urgency == due?.Urgency, $"{why}: expected {urgency ?? "none"}, got {due?.Urgency ?? "none"}");
    }

    [Fact]
    public void The_list_puts_the_most_overdue_first()
    {
        var asOf = new DateOnly(2024, 12, 1);
        var due = DecisionDue.Within([Calculator.Calculate(Renewing(), asOf), Calculator.Calculate(FixedEnd(), asOf)], 365);

        Assert.Equal([2, 1], due.Select(d => d.Deadlines.ContractId));
        Assert.True(due[0].IsOverdue);
    }
}
