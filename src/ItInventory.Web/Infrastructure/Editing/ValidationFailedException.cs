namespace ItInventory.Web.Infrastructure.Editing;

/// <summary>Input that breaks a rule. Errors are keyed by field name and worded in German for the user.</summary>
public sealed class ValidationFailedException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("Die Eingaben sind ungültig: " + string.Join(" ", errors.SelectMany(e => e.Value)))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
