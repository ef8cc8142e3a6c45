namespace ItInventory.Web.Infrastructure.Editing;

/// <summary>Input that breaks a rule. Errors are keyed by field name and worded in German for the user.</summary>
/// <param name="isConflict">Every error is a key that another record holds already (answered 409, not 400).</param>
public sealed class ValidationFailedException(IReadOnlyDictionary<string, string[]> errors, bool isConflict = false)
    : Exception("Die Eingaben sind ungültig: " + string.Join(" ", errors.SelectMany(e => e.Value)))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public bool IsConflict { get; } = isConflict;
}
