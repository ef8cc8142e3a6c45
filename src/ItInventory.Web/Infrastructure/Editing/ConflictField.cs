namespace ItInventory.Web.Infrastructure.Editing;

/// <summary>One field that differs between what the user entered and what someone else saved meanwhile.</summary>
public sealed record ConflictField(string Label, string Theirs, string Mine);

/// <summary>How the user resolves a concurrent edit.</summary>
public enum ConflictChoice
{
    /// <summary>Discard the own changes and show what is saved now.</summary>
    Reload,
    /// <summary>Save the own values over the other person's, deliberately.</summary>
    Overwrite,
}
