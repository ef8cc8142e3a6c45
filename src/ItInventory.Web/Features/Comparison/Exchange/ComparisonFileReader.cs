using System.Reflection;
using System.Text.Json;
using Json.Schema;

namespace ItInventory.Web.Features.Comparison.Exchange;

/// <summary>The kind of file and its published schema (docs/comparison), embedded in the app.</summary>
public sealed class ComparisonFileKind
{
    public static readonly ComparisonFileKind Exchange = new("Austauschdatei", "exchange-v1.schema.json");
    public static readonly ComparisonFileKind Aggregate = new("Gesamtdatei", "aggregate-v1.schema.json");

    private ComparisonFileKind(string label, string schemaFile)
    {
        Label = label;
        Schema = new Lazy<JsonSchema>(() =>
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"comparison/{schemaFile}")
                ?? throw new InvalidOperationException($"The schema {schemaFile} is not embedded.");
            using var reader = new StreamReader(stream);
            // A registry of its own: the schema's $id may be built once per kind without clashing in the global one.
            return JsonSchema.FromText(reader.ReadToEnd(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        });
    }

    public string Label { get; }

    public Lazy<JsonSchema> Schema { get; }
}

/// <summary>
/// Reads an exchange or aggregate file: JSON, then its version, then the published schema (JsonSchema.Net, with
/// formats asserted), then the typed record. Every refusal is one German sentence naming the file and the problem.
/// </summary>
public static class ComparisonFileReader
{
    // A valid file is checked by the fast flag output; only a refused one is evaluated again for the place of its problem.
    private static readonly EvaluationOptions Check = new() { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true };
    private static readonly EvaluationOptions Explain = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public static (T? File, string? Problem) Read<T>(ComparisonFileKind kind, string fileName, ReadOnlySpan<byte> content) where T : class
    {
        string Refuse(string problem) => $"{kind.Label} „{fileName}“: {problem}";
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(content.ToArray(), new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException)
        {
            return (null, Refuse("Die Datei ist kein gültiges JSON."));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("schemaVersion", out var version))
                return (null, Refuse("Die Angabe „schemaVersion“ fehlt; das ist keine " + kind.Label + " des Vergleichs."));
            if (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number) || number != 1)
                return (null, Refuse($"Die Version {version} wird nicht unterstützt; diese Installation liest Version 1."));

            if (!kind.Schema.Value.Evaluate(root, Check).IsValid)
                return (null, Refuse(Describe(kind.Schema.Value.Evaluate(root, Explain))));
            try
            {
                return (root.Deserialize<T>(ComparisonJson.Options), null);
            }
            catch (Exception e) when (e is JsonException or FormatException or OverflowException or ArgumentException)
            {
                return (null, Refuse("Ein Wert der Datei lässt sich nicht lesen."));
            }
        }
    }

    /// <summary>The innermost failing place in the file and what is wrong there, in German.</summary>
    private static string Describe(EvaluationResults results)
    {
        // Failing branches of a oneOf/anyOf that another branch satisfies are no problem of the file.
        var failed = (results.Details ?? []).Prepend(results).Where(d => d.Errors is { Count: > 0 })
            .Where(d => !d.EvaluationPath.ToString().Contains("/oneOf/") && !d.EvaluationPath.ToString().Contains("/anyOf/"))
            .Select(d => (Place: d.InstanceLocation.ToString(), Keyword: KeywordOf(d)))
            .OrderByDescending(d => d.Keyword is not null).ThenByDescending(d => d.Place.Length)
            .ToList();
        if (failed.Count == 0)
            return "Die Datei entspricht nicht dem veröffentlichten Schema.";
        var (place, keyword) = failed[0];
        return $"An der Stelle {(place.Length > 0 ? place : "/")} {Problem(keyword ?? "")} (siehe das veröffentlichte Schema).";
    }

    /// <summary>The schema keyword that failed; a "false" subschema (e.g. of additionalProperties) by the keyword above it.</summary>
    private static string? KeywordOf(EvaluationResults detail)
    {
        if (detail.Errors!.Keys.FirstOrDefault(k => Problem(k) != Unknown) is { } known)
            return known;
        return detail.EvaluationPath.ToString().Split('/').Reverse().FirstOrDefault(segment => Problem(segment) != Unknown);
    }

    private const string Unknown = "verletzt ein Wert das Schema";

    private static string Problem(string keyword) => keyword switch
    {
        "required" => "fehlt eine Pflichtangabe",
        "additionalProperties" => "steht eine Angabe, die die Datei nicht enthalten darf",
        "type" => "hat ein Wert die falsche Art (z. B. Text statt Zahl)",
        "minimum" or "maximum" or "exclusiveMinimum" or "exclusiveMaximum" => "liegt ein Wert außerhalb des erlaubten Bereichs",
        "enum" or "const" => "steht ein Wert, der nicht zu den erlaubten gehört",
        "pattern" or "format" => "hat ein Wert nicht die erlaubte Form",
        "maxItems" or "minItems" => "stehen zu viele oder zu wenige Einträge",
        _ => Unknown,
    };
}
