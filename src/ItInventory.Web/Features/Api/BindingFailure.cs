using System.Text.RegularExpressions;

namespace ItInventory.Web.Features.Api;

/// <summary>
/// Reads which query or route parameter the framework could not bind ("page=abc", "lifecycle=Unbekannt"), so the 400
/// names the parameter in German like every other field error, instead of the framework's English sentence.
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

    private static string Expected(string type) => type switch
    {
        "int" or "Int32" or "long" or "Int64" => "eine ganze Zahl",
        "decimal" or "double" => "eine Zahl",
        "DateOnly" => "ein Datum im Format JJJJ-MM-TT",
        "bool" or "Boolean" => "true oder false",
        "Guid" => "eine Kennung (GUID)",
        _ => $"einer der Werte von {type}",
    };

    // Microsoft.AspNetCore.Http.RequestDelegateFactory: Failed to bind parameter "int? page" from "abc".
    [GeneratedRegex("""Failed to bind parameter "(?<type>[^"]+?) (?<name>[^" ]+)" from "(?<value>[^"]*)"\.""")]
    private static partial Regex FailedToBind();
}
