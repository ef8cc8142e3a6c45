using ItInventory.Core.Analysis;
using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Core.Domain;

namespace ItInventory.Core.Tests.Analysis.Deadlines;

public class DeadlineFindingsTests
{
    private static readonly AnalysisOptions Options = new() { DecisionLeadDays = 90, DecisionWarningDays = 30 };

    private static Contract Contract(bool tacit) => new()
    {
        Id = 3,
        ContractNumber = "V-2022-01",
        Title = "Pflege Meldewesen",
        Start = new DateOnly(2022, 1, 1),
        TermKind = ContractTermKind.Renewing,
        MinimumTermMonths = 36,
        RenewalPeriodMonths = 12,
        TacitRenewal = tacit,
        NoticePeriodMonths = 3,
    };

    private static Finding? FindingOn(Contract contract, string asOf) =>
        DeadlineFindings.For(contract, new DeadlineCalculator(Options).Calculate(contract, DateOnly.Parse(asOf)), Options);

    [Theory]
    // Decision date 2024-07-02; warnings start 30 days before it, and stop after the notice deadline 2024-09-30.
    [InlineData("2024-06-01", null)]
    [InlineData("2024-06-02", Severity.Warning)]
    [InlineData("2024-07-01", Severity.Warning)]
    [InlineData("2024-07-02", Severity.Critical)]
    [InlineData("2024-09-30", Severity.Critical)]
    [InlineData("2024-10-01", null)]
    public void Notice_findings_appear_before_the_decision_date_and_end_with_the_deadline(string asOf, Severity? expected)
    {
        Assert.Equal(expected, FindingOn(Contract(tacit: true), asOf)?.Severity);
    }

    [Theory]
    [InlineData("2024-06-12", true,
        "Wer Vertrag „V-2022-01 Pflege Meldewesen“ zum 31.12.2024 beenden will, muss bis 30.09.2024 kündigen (3 Monate Frist), sonst verlängert er sich stillschweigend; Entscheidungstermin ist der 02.07.2024 (in 20 Tagen).")]
    [InlineData("2024-08-01", true,
        "Wer Vertrag „V-2022-01 Pflege Meldewesen“ zum 31.12.2024 beenden will, muss bis 30.09.2024 kündigen (3 Monate Frist), sonst verlängert er sich stillschweigend; die Entscheidung ist überfällig seit 02.07.2024.")]
    [InlineData("2024-10-02", false,
        "Vertrag „V-2022-01 Pflege Meldewesen“ endet am 31.12.2024 ohne stillschweigende Verlängerung, über Neuvergabe oder ausdrückliche Verlängerung ist rechtzeitig zu entscheiden; der Entscheidungstermin 02.10.2024 ist erreicht.")]
    [InlineData("2024-10-20", false,
        "Vertrag „V-2022-01 Pflege Meldewesen“ endet am 31.12.2024 ohne stillschweigende Verlängerung, über Neuvergabe oder ausdrückliche Verlängerung ist rechtzeitig zu entscheiden; die Entscheidung ist überfällig seit 02.10.2024.")]
    public void Explanations_are_one_German_sentence_with_the_dates(string asOf, bool tacit, string expected)
    {
        var finding = FindingOn(Contract(tacit), asOf);

        Assert.Equal(expected, finding?.Explanation);
        Assert.Equal(tacit ? FindingKind.NoticeDeadline : FindingKind.ContractExpiry, finding!.Kind);
        Assert.Equal(tacit ? new DateOnly(2024, 9, 30) : new DateOnly(2024, 12, 31), finding.DueDate);
    }

    [Theory]
    // Open-ended, 3 months to the year end: ending on 2024-12-31 needs notice by 2024-09-30, decision 2024-07-02 (overdue).
    // (Terminable on any day, it has no date to miss and raises no deadline finding: see OpenEndedDecisionTests.)
    [InlineData(ContractTermKind.OpenEnded, FindingKind.NoticeDeadline)]
    [InlineData(ContractTermKind.Renewing, FindingKind.ContractDataIncomplete)]
    public void Open_ended_contracts_raise_a_notice_finding_and_incomplete_ones_say_why(ContractTermKind kind, FindingKind? expected)
    {
        var contract = Contract(tacit: true);
        contract.TermKind = kind;
        contract.RenewalPeriodMonths = null;
        contract.NoticeReference = NoticeReference.EndOfYear;

        Assert.Equal(expected, FindingOn(contract, "2024-09-01")?.Kind);
    }
}
