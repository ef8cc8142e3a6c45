using System.Text.Json;
using System.Text.RegularExpressions;

namespace ItInventory.Web.Tests.Features.Api.Fuzz;

/// <summary>
/// Whether an error response is a German problem document. The language check is a heuristic on each text a client
/// shows (title, detail, every field message): it must hold a common German word or an umlaut, and none of the words
/// the framework's English messages are made of ("The field … is required", "An error occurred", "must be",
/// "invalid", "Failed to bind"). The fuzz values hold no English word, so an echoed value cannot trip it.
/// </summary>
public static partial class GermanProblem
{
    /// <summary>Null when the body is fine, else why not.</summary>
    public static string? Problem(string? mediaType, string body)
    {
        if (mediaType != "application/problem+json")
        {
            return $"Content-Type {mediaType ?? "(keiner)"} statt application/problem+json";
        }

        JsonElement root;
        try
        {
            root = JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException)
        {
            return "kein JSON";
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("title", out var title) || title.ValueKind != JsonValueKind.String)
        {
            return "kein Titel";
        }

        return Texts(root).Select(text => NotGerman(text) is { } why ? $"„{FuzzRequest.Short(text)}“: {why}" : null).FirstOrDefault(p => p is not null);
    }

    public static string? NotGerman(string text)
    {
        if (English().Match(text) is { Success: true } english)
        {
            return $"englisch („{english.Value}“)";
        }

        return German().IsMatch(text) ? null : "kein deutsches Wort";
    }

    private static IEnumerable<string> Texts(JsonElement root)
    {
        foreach (var name in new[] { "title", "detail" })
        {
            if (root.TryGetProperty(name, out var text) && text.ValueKind == JsonValueKind.String)
            {
                yield return text.GetString()!;
            }
        }

        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
        {
            foreach (var message in errors.EnumerateObject().SelectMany(field => field.Value.EnumerateArray()))
            {
                yield return message.GetString() ?? "";
            }
        }
    }

    [GeneratedRegex(@"\b(the|is|are|must|should|please|invalid|required|error|failed|could|cannot|occurred|exception|unexpected|not found|bad request|too many|allowed|unsupported|bind)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex English();

    [GeneratedRegex(@"[äöüÄÖÜß]|\b(der|die|das|den|dem|des|ein|eine|einen|einer|kein|keine|nicht|ist|sind|und|oder|bitte|muss|darf|für|zu|mit|von|fehlt|fehlerhaft|ungültig|vergeben|erwartet|Anfrage|Fehler|Berechtigung|Wert|Zahl|Datum|Text|angemeldet|erlaubt|gefunden|geändert)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex German();
}
