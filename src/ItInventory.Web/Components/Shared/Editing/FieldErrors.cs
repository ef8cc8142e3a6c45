using ItInventory.Web.Infrastructure.Editing;

namespace ItInventory.Web.Components.Shared.Editing;

/// <summary>The service's validation messages per field, as a form shows them next to its fields.</summary>
public sealed class FieldErrors
{
    private readonly IReadOnlyDictionary<string, string[]> _errors;

    private FieldErrors(IReadOnlyDictionary<string, string[]> errors) => _errors = errors;

    public static FieldErrors None { get; } = new(new Dictionary<string, string[]>());

    public static FieldErrors From(ValidationFailedException exception) => new(exception.Errors);

    public bool Any => _errors.Count > 0;

    public bool Has(string field) => _errors.ContainsKey(field);

    /// <summary>The field's messages joined into one sentence, or null when the field is fine.</summary>
    public string? Of(string field) => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public IEnumerable<string> Messages => _errors.Values.SelectMany(m => m);
}
