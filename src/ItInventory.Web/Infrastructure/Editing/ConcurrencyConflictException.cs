namespace ItInventory.Web.Infrastructure.Editing;

/// <summary>
/// Someone else saved the record since it was loaded. Carries what is in the database now, so the user can
/// compare, reload, or overwrite deliberately. <see cref="CurrentValues"/> is null when the record was deleted.
/// </summary>
public sealed class ConcurrencyConflictException(string entityName, object? currentValues, Guid? currentVersion)
    : Exception(currentValues is null
        ? $"{entityName} wurde inzwischen von jemand anderem gelöscht."
        : $"{entityName} wurde inzwischen von jemand anderem geändert. Bitte prüfen Sie die aktuellen Werte und laden Sie neu oder überschreiben Sie bewusst.")
{
    public string EntityName { get; } = entityName;
    public object? CurrentValues { get; } = currentValues;
    public Guid? CurrentVersion { get; } = currentVersion;
}
