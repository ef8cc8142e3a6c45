using System.Text.Json.Nodes;

namespace ItInventory.Web.Tests.Features.Api.Fuzz;

/// <summary>Member paths of a JSON body (<c>usingDepartments[0].departmentId</c>): listed, and set or removed one at a time.</summary>
public static class JsonPaths
{
    /// <summary>Every member and array element, containers included (an odd value may replace a whole list).</summary>
    public static IEnumerable<string> All(JsonNode node, string prefix = "")
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    var path = prefix.Length == 0 ? name : $"{prefix}.{name}";
                    yield return path;
                    if (child is not null)
                    {
                        foreach (var inner in All(child, path))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonArray array when array.Count > 0 && array[0] is not null:
                // The first element stands for all: the rules are per element.
                yield return $"{prefix}[0]";
                foreach (var inner in All(array[0]!, $"{prefix}[0]"))
                {
                    yield return inner;
                }

                break;
        }
    }

    /// <summary>Sets the member at the path to the value, or removes it (null value on an object member).</summary>
    public static void Set(JsonObject root, string path, JsonNode? value)
    {
        JsonNode parent = root;
        var segments = Segments(path).ToList();
        foreach (var segment in segments[..^1])
        {
            parent = segment is int index ? parent.AsArray()[index]! : parent.AsObject()[(string)segment]!;
        }

        switch (segments[^1])
        {
            case int index:
                parent.AsArray()[index] = value;
                break;
            case string name when value is null:
                parent.AsObject().Remove(name);
                break;
            case string name:
                parent.AsObject()[name] = value;
                break;
        }
    }

    private static IEnumerable<object> Segments(string path)
    {
        foreach (var part in path.Split('.'))
        {
            var bracket = part.IndexOf('[');
            yield return bracket < 0 ? part : part[..bracket];
            if (bracket >= 0)
            {
                yield return int.Parse(part[(bracket + 1)..part.IndexOf(']')]);
            }
        }
    }
}
