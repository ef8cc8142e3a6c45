namespace ItInventory.Web.Infrastructure.Editing;

/// <summary>Collects rule violations per field; one service method, used by the UI and the API alike.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);
    private readonly HashSet<string> _takenFields = new(StringComparer.Ordinal);

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

    /// <summary>
    /// A key another record already holds (<c>Data/UniqueKeys</c>). The input is fine in itself but conflicts with
    /// what is stored, so when nothing else is wrong the API answers 409 rather than 400.
    /// </summary>
    public ValidationErrors Taken(bool taken, string field, string message)
    {
        if (taken)
        {
            _takenFields.Add(field);
            Add(field, message);
        }

        return this;
    }

    /// <summary>Adds the message of a rule from <c>ItInventory.Core.Validation</c>, which is null when the value keeps the rule.</summary>
    public ValidationErrors Problem(string field, string? message) => message is null ? this : Add(field, message);

    public IReadOnlyDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    /// <summary>Throws when any rule is broken, so nothing invalid reaches the database.</summary>
    public void ThrowIfAny()
    {
        if (!IsEmpty)
        {
            throw new ValidationFailedException(ToDictionary(), isConflict: _errors.Keys.All(_takenFields.Contains));
        }
    }
}
