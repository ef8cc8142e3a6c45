using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ItInventory.Web.Tests.Features.Api.Fuzz;

/// <summary>Which part of a request gets the odd value.</summary>
public enum SlotKind
{
    /// <summary>One member of a valid JSON body, by path (<c>usingDepartments[0].departmentId</c>).</summary>
    Member,
    /// <summary>A member the API does not know.</summary>
    UnknownMember,
    /// <summary>The whole body.</summary>
    Body,
    ContentType,
    IfMatch,
    /// <summary>The id in the route.</summary>
    Id,
    /// <summary>One query parameter, by name.</summary>
    Query,
}

public sealed record FuzzSlot(SlotKind Kind, string Name = "")
{
    public IReadOnlyList<string> Values => Kind switch
    {
        SlotKind.Member or SlotKind.UnknownMember => FuzzValues.Json,
        SlotKind.Body => FuzzValues.Bodies,
        SlotKind.ContentType => FuzzValues.ContentTypes,
        SlotKind.IfMatch => FuzzValues.IfMatch,
        SlotKind.Id => FuzzValues.Ids,
        _ => FuzzValues.Query,
    };
}

/// <summary>
/// One endpoint: method, route (with <c>{id}</c>), an existing record's id for the route, and for writes a valid
/// body read from that record with GET.
/// </summary>
public sealed record FuzzTarget(string Method, string Route, string? ExistingId, JsonObject? Template, IReadOnlyList<FuzzSlot> Slots)
{
    public override string ToString() => $"{Method} {Route}";
}

/// <summary>The request as sent; <see cref="IfMatch"/> null on a PUT or DELETE means "the record's current ETag".</summary>
public sealed partial record FuzzRequest(string Method, string Url, string? Body, string ContentType, string? IfMatch)
{
    public override string ToString() =>
        $"{Method} {Short(Url)}{(IfMatch is null ? "" : $" [If-Match: {Short(IfMatch)}]")}{(Body is null ? "" : $" [{ContentType}] {Short(Body)}")}";

    /// <summary>Long runs of one character (10,000 × "x") shown as a count, so a report stays readable.</summary>
    public static string Short(string text) => Run().Replace(text, m => $"{m.Value[0]}…(×{m.Length})");

    [GeneratedRegex(@"(.)\1{19,}", RegexOptions.Singleline)]
    private static partial Regex Run();
}

/// <summary>
/// A generated case: one target, one slot, the index of the odd value (FsCheck shrinks it towards 0, the plainest
/// value) and a salt that makes unique keys of a create fresh, so a create is refused for the odd value and not
/// merely as a duplicate.
/// </summary>
public sealed record FuzzCase(FuzzTarget Target, FuzzSlot Slot, int ValueIndex, int Salt)
{
    private const string Placeholder = "__FUZZ__";

    /// <summary>Members that must be unique on create.</summary>
    private static readonly string[] UniqueMembers = ["inventoryNumber", "contractNumber", "code", "number", "name", "externalSystem", "year"];

    public string Value => Slot.Values[ValueIndex];

    public FuzzRequest Build()
    {
        var route = Target.Route;
        var id = Slot.Kind == SlotKind.Id ? Value : Target.ExistingId;
        var url = id is null ? route : Regex.Replace(route, @"\{[^}]+\}", id);
        if (Slot.Kind == SlotKind.Query)
        {
            url += $"?{Slot.Name}={Value}";
        }

        return new FuzzRequest(Target.Method, url, BuildBody(), Slot.Kind == SlotKind.ContentType ? Value : "application/json",
            Slot.Kind == SlotKind.IfMatch ? Value : null);
    }

    private string? BuildBody()
    {
        if (Target.Template is null)
        {
            return null;
        }

        if (Slot.Kind == SlotKind.Body)
        {
            return Value;
        }

        var body = Target.Template.DeepClone().AsObject();
        if (Target.Method == "POST")
        {
            Freshen(body);
        }

        if (Slot.Kind == SlotKind.UnknownMember)
        {
            body["unbekanntesFeld"] = Placeholder;
        }
        else if (Slot.Kind == SlotKind.Member)
        {
            JsonPaths.Set(body, Slot.Name, Value == FuzzValues.Missing ? null : JsonValue.Create(Placeholder));
        }

        // The odd value goes in as raw text, so numbers such as 1e308 or invalid escapes reach the server unchanged.
        var text = body.ToJsonString();
        var at = text.IndexOf('"' + Placeholder + '"', StringComparison.Ordinal);
        return at < 0 ? text : text[..at] + Value + text[(at + Placeholder.Length + 2)..];
    }

    private void Freshen(JsonObject body)
    {
        foreach (var member in UniqueMembers.Where(m => m != Slot.Name && body[m] is JsonValue))
        {
            body[member] = member == "year" ? 2040 + Salt % 60
                : member == "number" ? (Salt % 100_000).ToString("D5")
                : $"{body[member]!.GetValue<string>()[..Math.Min(20, body[member]!.GetValue<string>().Length)]}-{Salt}";
        }
    }

    public override string ToString() => $"{Build()}   ⟵ {Slot.Kind} {Slot.Name}";
}
