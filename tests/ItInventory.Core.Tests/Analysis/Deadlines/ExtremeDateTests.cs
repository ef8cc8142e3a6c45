using ItInventory.Core.Analysis;
using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Core.Domain;

namespace ItInventory.Core.Tests.Analysis.Deadlines;

/// <summary>
/// Whatever a contract row holds, the calculation answers: a term outside the accepted window is reported as
/// implausible, and an as-of date at the ends of the calendar is computed without throwing.
/// </summary>
public class ExtremeDateTests
{
    private static readonly DateOnly[] Dates = [DateOnly.MinValue, new(1970, 1, 1), new(2024, 2, 29), new(2100, 12, 31), DateOnly.MaxValue];
    private static readonly int[] Months = [0, 1, 12, 600, int.MaxValue, -1, int.MinValue];

    public static IEnumerable<object[]> Kinds() =>
        from kind in Enum.GetValues<ContractTermKind>()
        from reference in Enum.GetValues<NoticeReference>()
        select new object[] { kind, reference };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void No_date_and_no_period_makes_the_calculation_throw(ContractTermKind kind, NoticeReference reference)
    {
        var calculator = new DeadlineCalculator(new AnalysisOptions { DecisionLeadDays = 90 });
        foreach (var start in Dates)
        foreach (var asOf in Dates)
        foreach (var months in Months)
        {
            var contract = new Contract
            {
                Id = 1, Start = start, TermKind = kind, NoticeReference = reference, TacitRenewal = true,
                MinimumTermMonths = months, RenewalPeriodMonths = months, NoticePeriodMonths = Math.Min(months, 120),
                FixedEnd = kind == ContractTermKind.FixedEnd ? start : null,
            };

            var deadlines = calculator.Calculate(contract, asOf);

            var plausible = start.Year is >= 1970 and <= 2100 && months is >= 0 and <= 600;
            Assert.Equal(!plausible, deadlines.Status == ContractStatus.DataImplausible);
            _ = ContractRunState.Of(deadlines, start).Label;
            _ = DeadlineFindings.For(contract, deadlines, new AnalysisOptions());
        }
    }

    [Theory]
    [InlineData("9999-12-31", null, "Der Vertragsbeginn muss zwischen 01.01.1970 und 31.12.2100 liegen (31.12.9999 ist außerhalb).")]
    [InlineData("0001-01-01", null, "Der Vertragsbeginn muss zwischen 01.01.1970 und 31.12.2100 liegen (01.01.0001 ist außerhalb).")]
    [InlineData("2020-01-01", "2101-01-01", "Das Vertragsende muss zwischen 01.01.1970 und 31.12.2100 liegen (01.01.2101 ist außerhalb).")]
    public void An_implausible_contract_names_the_term_in_its_note(string start, string? fixedEnd, string note)
    {
        var contract = new Contract
        {
            Id = 3, Start = DateOnly.Parse(start), TermKind = ContractTermKind.FixedEnd,
            FixedEnd = fixedEnd is null ? null : DateOnly.Parse(fixedEnd),
        };

        var deadlines = new DeadlineCalculator().Calculate(contract, new DateOnly(2024, 8, 1));

        Assert.Equal((ContractStatus.DataImplausible, note), (deadlines.Status, deadlines.Note));
        Assert.Equal(ContractPhase.Unknown, ContractRunState.Of(deadlines, contract.Start).Phase);
    }
}
