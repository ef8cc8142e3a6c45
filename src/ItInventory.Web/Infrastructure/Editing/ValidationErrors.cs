namespace ItInventory.Web.Infrastructure.Editing;

/// <summary>Collects rule violations per field; one service method, used by the UI and the API alike.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public ValidationErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
        return this;
    }

    public ValidationErrors When(bool broken, string field, string message) => broken ? Add(field, message) : this;

    /// <summary>Adds the message of a rule from <c>ItInventory.Core.Validation</c>, which is null when the value keeps the rule.</summary>
    public ValidationErrors Problem(string field, string? message) => message is null ? this : Add(field, message);

    public IReadOnlyDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    /// <summary>Throws when any rule is broken, so nothing invalid reaches the database.</summary>
    public void ThrowIfAny()
    {
        if (!IsEmpty)
        {
            throw new ValidationFailedException(ToDictionary());
        }
    }
}
