namespace ItInventory.Core.Analysis.Services;

/// <summary>Where a city service stands on the way to end-to-end digital.</summary>
public enum DigitalStatus
{
    /// <summary>Model 2.0 level 7, or an online application (level ≥ 3) that reaches the procedure without media break.</summary>
    EndToEnd,
    /// <summary>Online, but applications reach the procedure by e-mail, PDF or print.</summary>
    OnlineWithMediaBreak,
    /// <summary>Online, but below level 3 or with the connection not recorded: not yet countable as end to end.</summary>
    OnlineNotYetEndToEnd,
    NotOnline,
}

/// <summary>What stands between a service and end-to-end digitisation, ordered from the worst.</summary>
public enum BlockerKind
{
    NoOnlineOffer,
    ProcedureWithoutInterface,
    MediaBreak,
    ProcedurePhasingOut,
    NoServiceApi,
    NoSpecialisedProcedure,
    ConnectionNotRecorded,
    MaturityBelowOnlineApplication,
}

/// <summary>One blocker with its German sentence (e.g. "Fachverfahren X hat keine Service-API; nur XMeld-Nachrichten").</summary>
public sealed record ServiceBlocker(BlockerKind Kind, string Text);
