using ItInventory.Core.Analysis;
using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Core.Domain;

namespace ItInventory.Core.Tests.Analysis.Deadlines;

public class DeadlineCalculatorTests
{
    private static readonly DeadlineCalculator Calculator = new(new AnalysisOptions { DecisionLeadDays = 90 });

    private static DateOnly D(string s) => DateOnly.Parse(s);
    private static DateOnly? N(string? s) => s is null ? null : DateOnly.Parse(s);

    /// <summary>3-year minimum term, then tacit renewal every 12 months, 3 months' notice to the end of the term.</summary>
    private static Contract ThreePlusOne(string start = "2022-01-01", int minimum = 36, int renewal = 12, int notice = 3) => new()
    {
        Id = 7,
        Start = D(start),
        TermKind = ContractTermKind.Renewing,
        MinimumTermMonths = minimum,
        RenewalPeriodMonths = renewal,
        TacitRenewal = true,
        NoticePeriodMonths = notice,
        NoticeReference = NoticeReference.EndOfTerm,
    };

    [Theory]
    // The two required cases: the deadline follows the renewal once the first one is missed.
    [InlineData("2024-06-30", "2022-01-01", "2024-12-31", "2024-12-31", "2024-09-30", "2024-07-02", ContractStatus.Running)]
    [InlineData("2024-10-15", "2022-01-01", "2024-12-31", "2025-12-31", "2025-09-30", "2025-07-02", ContractStatus.Running)]
    // Notice received on the deadline itself still counts.
    [InlineData("2024-09-30", "2022-01-01", "2024-12-31", "2024-12-31", "2024-09-30", "2024-07-02", ContractStatus.NoticeWindowOpen)]
    [InlineData("2024-10-01", "2022-01-01", "2024-12-31", "2025-12-31", "2025-09-30", "2025-07-02", ContractStatus.Running)]
    // Decision date = notice deadline minus 90 days; from then on the window is open.
    [InlineData("2024-07-01", "2022-01-01", "2024-12-31", "2024-12-31", "2024-09-30", "2024-07-02", ContractStatus.Running)]
    [InlineData("2024-07-02", "2022-01-01", "2024-12-31", "2024-12-31", "2024-09-30", "2024-07-02", ContractStatus.NoticeWindowOpen)]
    // In the first renewal period; and two renewals on.
    [InlineData("2025-01-01", "2025-01-01", "2025-12-31", "2025-12-31", "2025-09-30", "2025-07-02", ContractStatus.Running)]
    [InlineData("2026-11-20", "2026-01-01", "2026-12-31", "2027-12-31", "2027-09-30", "2027-07-02", ContractStatus.Running)]
    // Before the start: the first possible end is still the end of the minimum term.
    [InlineData("2021-06-01", "2022-01-01", "2024-12-31", "2024-12-31", "2024-09-30", "2024-07-02", ContractStatus.NotStarted)]
    public void Tacit_renewal_deadlines_follow_the_renewals(
        string asOf, string termStart, string termEnd, string termination, string deadline, string decision, ContractStatus status)
    {
        var result = Calculator.Calculate(ThreePlusOne(), D(asOf));

        Assert.Equal(
            (D(termStart), D(termEnd), D(termination), D(deadline), D(decision), status),
            (result.CurrentTermStart!.Value, result.CurrentTermEnd!.Value, result.NextTerminationDate!.Value,
             result.NoticeDeadline!.Value, result.DecisionDate!.Value, result.Status));
    }

    [Theory]
    // Start on the 31st: the minimum term ends on 30 January (day before the 31st), monthly renewals then run
    // 31 Jan-28 Feb, 1-31 Mar, 1-30 Apr; the deadline for 30 January (30 December) is already missed on 15 January.
    [InlineData("2022-01-31", 12, 1, 1, "2023-01-15", "2023-01-30", "2023-02-28", "2023-01-31")]
    [InlineData("2022-01-31", 12, 1, 1, "2023-01-31", "2023-02-28", "2023-02-28", "2023-01-31")]
    [InlineData("2022-01-31", 12, 1, 1, "2023-03-01", "2023-03-31", "2023-04-30", "2023-03-31")]
    // Start on 29 February: the first year ends on 28 February 2021.
    [InlineData("2020-02-29", 12, 12, 3, "2020-10-01", "2021-02-28", "2021-02-28", "2020-11-30")]
    [InlineData("2020-02-29", 12, 12, 3, "2020-12-01", "2021-02-28", "2022-02-28", "2021-11-30")]
    // Renewal shorter than the notice period: several renewals pass before a deadline can be met.
    [InlineData("2022-01-01", 12, 1, 3, "2022-11-15", "2022-12-31", "2023-02-28", "2022-11-30")]
    // Renewing with no minimum term: the first term is one renewal period.
    [InlineData("2024-03-01", 0, 12, 3, "2024-12-15", "2025-02-28", "2026-02-28", "2025-11-30")]
    public void Tacit_renewal_handles_month_ends_and_leap_years(
        string start, int minimum, int renewal, int notice, string asOf, string termEnd, string termination, string deadline)
    {
        var result = Calculator.Calculate(ThreePlusOne(start, minimum, renewal, notice), D(asOf));

        Assert.Equal(
            (D(termEnd), D(termination), D(deadline)),
            (result.CurrentTermEnd!.Value, result.NextTerminationDate!.Value, result.NoticeDeadline!.Value));
    }

    [Theory]
    // Without tacit renewal the contract ends with the current term; no notice, but a decision on a successor.
    [InlineData("2024-06-30", "2024-12-31", "2024-10-02", ContractStatus.Running, false)]
    [InlineData("2024-10-02", "2024-12-31", "2024-10-02", ContractStatus.Expiring, false)]
    // Past the minimum term without an end recorded: assumed renewed explicitly, and said so.
    [InlineData("2025-03-01", "2025-12-31", "2025-10-02", ContractStatus.Running, true)]
    public void Non_tacit_renewal_ends_with_the_current_term(string asOf, string end, string decision, ContractStatus status, bool hasNote)
    {
        var contract = ThreePlusOne();
        contract.TacitRenewal = false;

        var result = Calculator.Calculate(contract, D(asOf));

        Assert.Equal((D(end), D(end), (DateOnly?)null, D(decision), status, hasNote),
            (result.CurrentTermEnd!.Value, result.NextTerminationDate!.Value, result.NoticeDeadline, result.DecisionDate!.Value,
             result.Status, result.Note is not null));
    }

    [Theory]
    // 3 months to the end of a quarter: notice by 30 June reaches 30 September. Notice plus 90 days' lead exceed a
    // quarter, so once the lead cannot be kept the decision date is the notice deadline itself.
    [InlineData("2024-06-30", 0, 3, NoticeReference.EndOfQuarter, "2024-09-30", "2024-06-30", "2024-06-30")]
    [InlineData("2024-07-01", 0, 3, NoticeReference.EndOfQuarter, "2024-12-31", "2024-09-30", "2024-09-30")]
    [InlineData("2024-02-15", 0, 3, NoticeReference.EndOfQuarter, "2024-06-30", "2024-03-31", "2024-03-31")]
    // 6 months to the end of a year.
    [InlineData("2024-06-30", 0, 6, NoticeReference.EndOfYear, "2024-12-31", "2024-06-30", "2024-04-01")]
    [InlineData("2024-07-01", 0, 6, NoticeReference.EndOfYear, "2025-12-31", "2025-06-30", "2025-04-01")]
    // 1 month to the end of a month, around February: notice plus 90 days' lead exceed a month, so the decision
    // date is the notice deadline itself (see the table of that rule below).
    [InlineData("2024-01-31", 0, 1, NoticeReference.EndOfMonth, "2024-02-29", "2024-01-31", "2024-01-31")]
    [InlineData("2024-02-01", 0, 1, NoticeReference.EndOfMonth, "2024-03-31", "2024-02-29", "2024-02-29")]
    // Minimum term of 24 months from 2023-04-01: nothing before 2025-03-31. The first possible end leaves the whole
    // minimum term to prepare, so the full lead time applies; after it, notice plus lead exceed a quarter.
    [InlineData("2024-01-10", 24, 3, NoticeReference.EndOfQuarter, "2025-03-31", "2024-12-31", "2024-10-02")]
    [InlineData("2025-01-10", 24, 3, NoticeReference.EndOfQuarter, "2025-06-30", "2025-03-31", "2025-03-31")]
    // "End of term" on an open-ended contract: any day once the notice period has run; no date to miss, so no decision date.
    [InlineData("2024-06-30", 0, 3, NoticeReference.EndOfTerm, "2024-09-30", "2024-06-30", null)]
    [InlineData("2024-07-01", 0, 3, NoticeReference.EndOfTerm, "2024-10-01", "2024-07-01", null)]
    public void Open_ended_contracts_end_at_the_first_reachable_reference_point(
        string asOf, int minimum, int notice, NoticeReference reference, string termination, string deadline, string? decision)
    {
        var contract = new Contract
        {
            Start = D("2023-04-01"),
            TermKind = ContractTermKind.OpenEnded,
            MinimumTermMonths = minimum,
            NoticePeriodMonths = notice,
            NoticeReference = reference,
        };

        var result = Calculator.Calculate(contract, D(asOf));

        Assert.Equal((ContractStatus.OpenEnded, D(termination), D(deadline), decision is null ? (DateOnly?)null : D(decision)),
            (result.Status, result.NextTerminationDate!.Value, result.NoticeDeadline!.Value, result.DecisionDate));
    }

    [Theory]
    [InlineData("2025-06-30", 0, "2025-12-31", ContractStatus.Running)]
    [InlineData("2025-10-02", 0, "2025-12-31", ContractStatus.Expiring)]
    [InlineData("2025-12-31", 0, "2025-12-31", ContractStatus.Expiring)]
    [InlineData("2026-01-01", 0, "2025-12-31", ContractStatus.Ended)]
    // No fixed end recorded: the minimum term gives it (start 2023-01-01 + 24 months).
    [InlineData("2024-03-01", 24, "2024-12-31", ContractStatus.Running)]
    public void Fixed_end_contracts_end_without_notice(string asOf, int minimum, string end, ContractStatus status)
    {
        var contract = new Contract
        {
            Start = D("2023-01-01"),
            TermKind = ContractTermKind.FixedEnd,
            MinimumTermMonths = minimum,
            FixedEnd = minimum == 0 ? D("2025-12-31") : null,
            NoticePeriodMonths = 3,
        };

        var result = Calculator.Calculate(contract, D(asOf));

        Assert.Equal((status, D(end), (DateOnly?)null), (result.Status, result.CurrentTermEnd!.Value, result.NoticeDeadline));
        Assert.Equal(status == ContractStatus.Ended ? null : D(end), result.NextTerminationDate);
    }

    [Theory]
    [InlineData("2024-05-31", "2024-06-01", ContractStatus.Ended, null)]
    [InlineData("2024-06-01", "2024-06-01", ContractStatus.Ended, null)]
    [InlineData("2024-06-30", "2024-06-01", ContractStatus.Terminated, "2024-06-30")]
    public void EndedOn_overrides_the_term_rules(string endedOn, string asOf, ContractStatus status, string? nextTermination)
    {
        var contract = ThreePlusOne();
        contract.EndedOn = D(endedOn);

        var result = Calculator.Calculate(contract, D(asOf));

        Assert.Equal((status, N(nextTermination), (DateOnly?)null, (DateOnly?)null),
            (result.Status, result.NextTerminationDate, result.NoticeDeadline, result.DecisionDate));
    }

    [Theory]
    [InlineData(ContractTermKind.Renewing, null, 36)]
    [InlineData(ContractTermKind.Renewing, 0, 36)]
    [InlineData(ContractTermKind.FixedEnd, null, 0)]
    public void Missing_terms_are_reported_not_guessed(ContractTermKind kind, int? renewal, int minimum)
    {
        var contract = new Contract { Start = D("2022-01-01"), TermKind = kind, RenewalPeriodMonths = renewal, MinimumTermMonths = minimum };

        var result = Calculator.Calculate(contract, D("2024-01-01"));

        Assert.Equal(ContractStatus.DataIncomplete, result.Status);
        Assert.False(string.IsNullOrWhiteSpace(result.Note));
    }

    [Theory]
    [InlineData(90, "2024-07-02")]
    [InlineData(0, "2024-09-30")]
    [InlineData(180, "2024-04-03")]
    public void Lead_days_come_from_the_options(int leadDays, string decision)
    {
        var calculator = new DeadlineCalculator(new AnalysisOptions { DecisionLeadDays = leadDays });

        Assert.Equal(D(decision), calculator.Calculate(ThreePlusOne(), D("2024-01-01")).DecisionDate);
    }
}
