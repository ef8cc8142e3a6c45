namespace ItInventory.Core.Notifications;

/// <summary>Which findings a user's digest names.</summary>
public enum FindingScope
{
    None,
    /// <summary>Findings about contracts only (deadlines, missing terms): what procurement acts on.</summary>
    Contracts,
    All,
}
