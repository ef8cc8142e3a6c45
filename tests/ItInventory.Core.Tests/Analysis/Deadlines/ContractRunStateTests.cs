using ItInventory.Core.Analysis;
using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Core.Domain;

namespace ItInventory.Core.Tests.Analysis.Deadlines;

public class ContractRunStateTests
{
    private static readonly DeadlineCalculator Calculator = new(new AnalysisOptions());

    public static TheoryData<string, string?, string?, string, string> Cases => new()
    {
        // fixed end, ended on, as of → label
        { "before the start", "2009-01-31", null, "2007-12-31", "beginnt 01.01.2008" },
        { "running", "2009-01-31", null, "2008-06-30", "läuft" },
        // The case of V-2008-002: past its fixed end without an "ended on" date it is ended, not running.
        { "past the fixed end", "2009-01-31", null, "2026-11-28", "beendet 31.01.2009" },
        { "notice given", "2030-12-31", "2027-06-30", "2026-11-28", "gekündigt zum 30.06.2027" },
        { "ended by notice", "2030-12-31", "2026-06-30", "2026-11-28", "beendet 30.06.2026" },
        { "incomplete", null, null, "2026-11-28", "Laufzeit unklar (Angaben unvollständig)" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_state_reads_the_same_wherever_it_is_shown(string why, string? fixedEnd, string? endedOn, string asOf, string expected)
    {
        var contract = new Contract
        {
            Id = 1, Start = new DateOnly(2008, 1, 1), TermKind = ContractTermKind.FixedEnd,
            FixedEnd = fixedEnd is null ? null : DateOnly.Parse(fixedEnd),
            EndedOn = endedOn is null ? null : DateOnly.Parse(endedOn),
        };

        var state = ContractRunState.Of(Calculator.Calculate(contract, DateOnly.Parse(asOf)), contract.Start);

        Assert.True(expected == state.Label, $"{why}: {state.Label}");
    }
}
