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
    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

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

            var results = kind.Schema.Value.Evaluate(root, Evaluation);
            if (!results.IsValid)
                return (null, Refuse(Describe(results)));
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

    /// <summary>The first failing place in the file and what is wrong there, in German.</summary>
    private static string Describe(EvaluationResults results)
    {
        var failed = (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).ToList();
        // The innermost place names the problem best; "oneOf" and "$ref" only repeat it.
        var detail = failed.OrderByDescending(d => d.InstanceLocation.ToString().Length)
            .FirstOrDefault(d => d.Errors!.Keys.Any(k => k is not ("oneOf" or "$ref")))
            ?? failed.FirstOrDefault();
        if (detail is null)
            return "Die Datei entspricht nicht dem veröffentlichten Schema.";
        var place = detail.InstanceLocation.ToString() is { Length: > 0 } p ? p : "/";
        var keyword = detail.Errors!.Keys.First(k => k is not ("oneOf" or "$ref") || detail.Errors.Count == 1);
        return $"An der Stelle {place} {Problem(keyword)} (siehe das veröffentlichte Schema).";
    }

    private static string Problem(string keyword) => keyword switch
    {
        "required" => "fehlt eine Pflichtangabe",
        "additionalProperties" => "steht eine Angabe, die die Datei nicht enthalten darf",
        "type" => "hat ein Wert die falsche Art (z. B. Text statt Zahl)",
        "minimum" or "maximum" or "exclusiveMinimum" or "exclusiveMaximum" => "liegt ein Wert außerhalb des erlaubten Bereichs",
        "enum" or "const" => "steht ein Wert, der nicht zu den erlaubten gehört",
        "pattern" or "format" => "hat ein Wert nicht die erlaubte Form",
        "maxItems" or "minItems" => "stehen zu viele oder zu wenige Einträge",
        _ => "verletzt ein Wert das Schema",
    };
}
