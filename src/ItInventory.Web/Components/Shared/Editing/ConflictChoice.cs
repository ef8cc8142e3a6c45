namespace ItInventory.Web.Components.Shared.Editing;

/// <summary>What the user decides after someone else saved the same record.</summary>
public enum ConflictChoice
{
    /// <summary>Discard the own input and load what is stored now.</summary>
    Reload,
    /// <summary>Save the own input over the other change, deliberately.</summary>
    Overwrite,
}
