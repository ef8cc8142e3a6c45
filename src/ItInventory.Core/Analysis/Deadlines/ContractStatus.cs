namespace ItInventory.Core.Analysis.Deadlines;

public enum ContractStatus
{
    /// <summary>The as-of date is before the contract start.</summary>
    NotStarted,
    /// <summary>Running; the decision date for the next possible end has not come yet.</summary>
    Running,
    /// <summary>
    /// A tacitly renewing contract whose decision date has come and whose notice deadline has not passed:
    /// notice must be given now, or the contract renews.
    /// </summary>
    NoticeWindowOpen,
    /// <summary>
    /// A contract that ends by itself (fixed end, or renewal only by explicit agreement) whose decision date has
    /// come: a successor or an explicit renewal must be decided now.
    /// </summary>
    Expiring,
    /// <summary>Runs indefinitely and can be terminated with notice to the next reference point.</summary>
    OpenEnded,
    /// <summary>Notice has been given or an end agreed (EndedOn in the future); runs until EndedOn.</summary>
    Terminated,
    /// <summary>The contract is over.</summary>
    Ended,
    /// <summary>The contract lacks data needed for the calculation; see the note.</summary>
    DataIncomplete,
    /// <summary>
    /// The contract's terms lie outside what any form accepts (e.g. a start in the year 9999); its deadlines are not
    /// computed, see the note.
    /// </summary>
    DataImplausible,
}
