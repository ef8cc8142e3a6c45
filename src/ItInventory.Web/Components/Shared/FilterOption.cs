namespace ItInventory.Web.Components.Shared;

/// <summary>One option of a <see cref="FilterSelect"/>: the key that goes into the address and the text shown.</summary>
public sealed record FilterOption(string Key, string Text)
{
    public static IReadOnlyList<FilterOption> Of<T>(IEnumerable<T> values, Func<T, string> text) where T : struct, Enum =>
        values.Select(v => new FilterOption(v.ToString(), text(v))).ToList();
}
