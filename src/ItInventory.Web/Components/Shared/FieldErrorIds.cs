using System.Text.RegularExpressions;

namespace ItInventory.Web.Components.Shared;

/// <summary>
/// The id of a field's error message. Passed to MudBlazor's <c>ErrorId</c>, the message is rendered with this id and the
/// field's <c>aria-describedby</c> points at it, so a screen reader reads the error together with the field.
/// </summary>
public static partial class FieldErrorIds
{
    public static string For(string field) => "fehler-" + NotAllowed().Replace(field, "-");

    [GeneratedRegex("[^A-Za-z0-9_-]")]
    private static partial Regex NotAllowed();
}
