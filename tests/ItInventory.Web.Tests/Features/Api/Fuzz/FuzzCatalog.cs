using System.Text.Json;
using System.Text.Json.Nodes;
using ItInventory.Web.Features.Reports;

namespace ItInventory.Web.Tests.Features.Api.Fuzz;

/// <summary>
/// What to fuzz, read from the running app rather than listed by hand: every operation and query parameter of the
/// OpenAPI document (so a new endpoint or parameter is fuzzed without touching this test), valid bodies from a GET
/// of a sample-city record (the part of the GET that is the PUT body, as <see cref="RoundTripApiTests"/> knows it),
/// and the report parameters, which the reports read from the query themselves.
/// </summary>
public sealed class FuzzCatalog
{
    public required IReadOnlyList<FuzzTarget> Writes { get; init; }
    public required IReadOnlyList<FuzzTarget> Queries { get; init; }

    private static readonly string[] Methods = ["get", "post", "put", "delete", "patch"];

    public static async Task<FuzzCatalog> ReadAsync(HttpClient client)
    {
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var writes = new List<FuzzTarget>();
        var queries = new List<FuzzTarget>();
        foreach (var (route, operations) in document["paths"]!.AsObject())
        {
            var id = route.Contains('{') ? await ExistingIdAsync(client, route) : null;
            foreach (var (method, operation) in operations!.AsObject().Where(o => Methods.Contains(o.Key)))
            {
                var target = await TargetAsync(client, document, method.ToUpperInvariant(), route, id, operation!);
                if (target is { Slots.Count: > 0 })
                {
                    (target.Method == "GET" ? queries : writes).Add(target);
                }
            }
        }

        return new FuzzCatalog { Writes = writes, Queries = queries };
    }

    private static async Task<FuzzTarget?> TargetAsync(HttpClient client, JsonNode document, string method, string route, string? id, JsonNode operation)
    {
        var slots = new List<FuzzSlot>();
        if (id is not null)
        {
            slots.Add(new FuzzSlot(SlotKind.Id));
        }

        if (method == "GET")
        {
            var parameters = (operation["parameters"]?.AsArray() ?? []).Where(p => (string?)p!["in"] == "query").Select(p => (string)p!["name"]!);
            slots.AddRange(parameters.Concat(ReportKeys(route)).Concat(route.EndsWith(".ics") ? ["token"] : []).Select(n => new FuzzSlot(SlotKind.Query, n)));
            return new FuzzTarget(method, route, id, null, slots);
        }

        if (method == "DELETE")
        {
            slots.Add(new FuzzSlot(SlotKind.IfMatch));
            return new FuzzTarget(method, route, id, null, slots);
        }

        if (operation["requestBody"]?["content"]?["application/json"] is null || WholeFileWrites.Contains(route))
        {
            // A write that takes no JSON (the e-invoice intake takes XML, zip or multipart) gets odd bodies and
            // content types, each sent to it with an empty JSON object as the rest.
            return new FuzzTarget(method, route, id, new JsonObject(), [new FuzzSlot(SlotKind.Body), new FuzzSlot(SlotKind.ContentType)]);
        }

        var template = await TemplateAsync(client, method == "POST" ? route : route[..route.LastIndexOf('/')]);
        if (template is null)
        {
            throw new InvalidOperationException($"Kein Beispielkörper für {method} {route}: bitte in RoundTripApiTests.Records eintragen.");
        }

        // Only what the write takes: the GET around it carries read-only parts (a product's cost table) the PUT ignores.
        var members = BodyMembers(document, operation);
        slots.AddRange(JsonPaths.All(template).Where(path => members.Contains(path.Split('.', '[')[0])).Select(path => new FuzzSlot(SlotKind.Member, path)));
        slots.AddRange([new FuzzSlot(SlotKind.UnknownMember), new FuzzSlot(SlotKind.Body), new FuzzSlot(SlotKind.ContentType)]);
        if (method == "PUT")
        {
            slots.Add(new FuzzSlot(SlotKind.IfMatch));
        }

        return new FuzzTarget(method, route, id, template, slots);
    }

    /// <summary>The members of the operation's JSON body as the document describes them.</summary>
    private static HashSet<string> BodyMembers(JsonNode document, JsonNode operation)
    {
        var schema = operation["requestBody"]?["content"]?["application/json"]?["schema"];
        if (schema?["$ref"] is { } reference)
        {
            schema = document["components"]!["schemas"]![((string)reference!).Split('/')[^1]];
        }

        return (schema?["properties"]?.AsObject().Select(p => p.Key) ?? []).ToHashSet();
    }

    private static IEnumerable<string> ReportKeys(string route) => route.Contains("/reports/")
        ? [.. ReportParameters.ProductFilterKeys, ReportParameters.YearKey, ReportParameters.DeadlineDaysKey, ReportParameters.FindingKindKey, ReportParameters.SeverityKey]
        : [];

    /// <summary>An id of a record of the collection, from its first page (the route names the member: id, year).</summary>
    private static async Task<string?> ExistingIdAsync(HttpClient client, string route)
    {
        var open = route.LastIndexOf('{');
        var member = route[(open + 1)..route.IndexOf('}', open)];
        using var list = JsonDocument.Parse(await client.GetStringAsync(route[..(open - 1)] + "?pageSize=1"));
        var first = list.RootElement.GetProperty("items")[0].GetProperty(member);
        return first.ValueKind == JsonValueKind.String ? Uri.EscapeDataString(first.GetString()!) : first.GetRawText();
    }

    /// <summary>The PUT part of a sample record's GET, which is also a valid create once its unique keys are fresh.</summary>
    /// <summary>
    /// Writes whose body is a whole file (an exchange file, an aggregate) checked against its published JSON Schema: no
    /// record to read a template from, so they get odd bodies and content types; odd members are the schema's part,
    /// tested file by file in ExchangeFileTests.
    /// </summary>
    private static readonly HashSet<string> WholeFileWrites = ["/api/v1/comparison/exchange-files", "/api/v1/comparison/aggregate"];

    private static async Task<JsonObject?> TemplateAsync(HttpClient client, string collection)
    {
        foreach (var record in RoundTripApiTests.Records())
        {
            var (url, member) = ((string)record[0], (string)record[1]);
            if (url[..url.LastIndexOf('/')] == collection)
            {
                var body = JsonNode.Parse(await client.GetStringAsync(url))!.AsObject();
                return member == "" ? body : body[member]!.AsObject();
            }
        }

        return null;
    }
}
