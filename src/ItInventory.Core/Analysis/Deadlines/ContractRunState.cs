using ItInventory.Core.Domain;
using static ItInventory.Core.Formatting.Formats;

namespace ItInventory.Core.Analysis.Deadlines;

public enum ContractPhase
{
    NotStarted,
    Running,
    /// <summary>Notice has been given or an end agreed; the contract still runs until <see cref="ContractRunState.On"/>.</summary>
    NoticeGiven,
    Ended,
    /// <summary>The terms are incomplete, so whether it still runs cannot be said.</summary>
    Unknown,
}

/// <summary>
/// Whether a contract runs on the as-of date, with the date that goes with it (start, end of the notice, end).
/// The one answer to "is this contract running" for every page, report and the API; it follows the deadline
/// calculation, so a fixed-end contract past its end is ended even without an "ended on" date.
/// </summary>
public sealed record ContractRunState(ContractPhase Phase, DateOnly? On)
{
    public bool IsRunning => Phase is ContractPhase.Running or ContractPhase.NoticeGiven;

    /// <summary>"läuft", "beendet 31.01.2009", "gekündigt zum 31.12.2026", "beginnt 01.01.2027".</summary>
    public string Label => Phase switch
    {
        ContractPhase.NotStarted => On is { } start ? $"beginnt {Date(start)}" : "noch nicht begonnen",
        ContractPhase.Running => "läuft",
        ContractPhase.NoticeGiven => On is { } end ? $"gekündigt zum {Date(end)}" : "gekündigt",
        ContractPhase.Ended => On is { } ended ? $"beendet {Date(ended)}" : "beendet",
        _ => "Laufzeit unklar (Angaben unvollständig)",
    };

    /// <summary>
    /// For pages that show only whether a contract runs: the analysis settings (lead and warning days) move decision
    /// dates, never whether a contract has started, runs, was terminated or has ended, so the defaults give the same answer.
    /// </summary>
    public static ContractRunState Of(Contract contract, DateOnly asOf) => Of(new DeadlineCalculator().Calculate(contract, asOf), contract.Start);

    /// <summary>Whether the contract runs on the deadlines' as-of date (for counts; the start date only words a label).</summary>
    public static bool Runs(ContractDeadlines deadlines) => Of(deadlines, deadlines.AsOf).IsRunning;

    public static ContractRunState Of(ContractDeadlines deadlines, DateOnly contractStart) => deadlines.Status switch
    {
        ContractStatus.NotStarted => new(ContractPhase.NotStarted, contractStart),
        ContractStatus.Terminated => new(ContractPhase.NoticeGiven, deadlines.CurrentTermEnd),
        ContractStatus.Ended => new(ContractPhase.Ended, deadlines.CurrentTermEnd),
        ContractStatus.DataIncomplete or ContractStatus.DataImplausible => new(ContractPhase.Unknown, null),
        _ => new(ContractPhase.Running, null),
    };
}
