using ItInventory.Web.Infrastructure.Editing;

namespace ItInventory.Web.Components.Shared;

/// <summary>The service's validation messages, looked up per form field.</summary>
public sealed class FieldErrors
{
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();

    public bool Any => _errors.Count > 0;

    public IEnumerable<string> All => _errors.SelectMany(e => e.Value);

    public void Show(ValidationFailedException failure) => _errors = failure.Errors;

    public void Clear() => _errors = new Dictionary<string, string[]>();

    public bool Has(string field) => _errors.ContainsKey(field);

    public string? Of(string field) => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;
}
