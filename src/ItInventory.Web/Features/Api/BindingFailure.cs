using System.Text.Json;
using System.Text.RegularExpressions;
using ItInventory.Core.Validation;

namespace ItInventory.Web.Features.Api;

/// <summary>
/// Reads which query or route parameter the framework could not bind ("page=abc", "lifecycle=Unbekannt"), or which
/// member of a JSON body has the wrong type (<c>"vendorId": "7"</c>), so the 400 names the field in German like every
/// other field error, instead of the framework's English sentence.
/// </summary>
public static partial class BindingFailure
{
    /// <summary>The parameter and its German message; null when the failure is not about one parameter.</summary>
    public static (string Parameter, string Message)? Of(BadHttpRequestException exception)
    {
        var match = FailedToBind().Match(exception.Message);
        if (!match.Success)
        {
            return null;
        }

        var type = match.Groups["type"].Value.TrimEnd('?');
        var name = match.Groups["name"].Value;
        var value = match.Groups["value"].Value;
        return (name, $"„{value}“ ist für {name} ungültig; erwartet wird {Expected(type)}.");
    }

    /// <summary>
    /// The body member (in the services' spelling, e.g. <c>UsingDepartments[0].CostSharePercent</c>) and its German
    /// message; null when the body is not JSON at all or the failure is not about one member's type.
    /// </summary>
    public static (string Field, string Message)? OfBody(BadHttpRequestException exception)
    {
        if (exception.InnerException is not JsonException { Path: { Length: > 2 } path } json)
        {
            return null;
        }

        if (json.Message.StartsWith(TextRules.NullCharacterMessage, StringComparison.Ordinal))
        {
            return (FieldOf(path), TextRules.NullCharacterMessage);
        }

        if (NotConvertible().Match(json.Message) is not { Success: true } match)
        {
            return null;
        }

        var type = match.Groups["type"].Value;
        var nullable = NullableOf().Match(type);
        return (FieldOf(path), $"Der Wert ist für {path[2..]} ungültig; erwartet wird {Expected(nullable.Success ? nullable.Groups["inner"].Value : type)}.");
    }

    private static string FieldOf(string path) => MemberPath().Replace(path[2..], m => char.ToUpperInvariant(m.Value[0]) + m.Value[1..]);

    private static string Expected(string type) => type.Split('[')[0].Split('.')[^1] switch
    {
        "int" or "Int32" or "long" or "Int64" => "eine ganze Zahl",
        "decimal" or "double" or "Decimal" or "Double" => "eine Zahl",
        "String" => "ein Text",
        "List`1" or "IReadOnlyList`1" => "eine Liste",
        "DateOnly" => "ein Datum im Format JJJJ-MM-TT",
        "bool" or "Boolean" => "true oder false",
        "Guid" => "eine Kennung (GUID)",
        var name => $"einer der Werte von {name}",
    };

    // Microsoft.AspNetCore.Http.RequestDelegateFactory: Failed to bind parameter "int? page" from "abc".
    [GeneratedRegex("""Failed to bind parameter "(?<type>[^"]+?) (?<name>[^" ]+)" from "(?<value>[^"]*)"\.""")]
    private static partial Regex FailedToBind();

    // System.Text.Json: The JSON value could not be converted to System.Nullable`1[System.Int32]. Path: $.vendorId | …
    [GeneratedRegex("""could not be converted to (?<type>[^ ]+?)\. Path:""")]
    private static partial Regex NotConvertible();

    [GeneratedRegex("""^System\.Nullable`1\[(?<inner>.+)\]$""")]
    private static partial Regex NullableOf();

    // The first letter of each member name of a JSON path, as the services name their fields (Name, UsingDepartments[0].DepartmentId).
    [GeneratedRegex("""(?<=^|\.)[a-z][A-Za-z0-9]*""")]
    private static partial Regex MemberPath();
}
