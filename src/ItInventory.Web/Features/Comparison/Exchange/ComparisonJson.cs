using System.Text.Json;
using System.Text.Json.Serialization;

namespace ItInventory.Web.Features.Comparison.Exchange;

/// <summary>The one JSON shape of the exchange and aggregate files: camelCase, enums by name, dates as ISO dates.</summary>
public static class ComparisonJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
    };

    public static byte[] Write<T>(T file) => JsonSerializer.SerializeToUtf8Bytes(file, Options);
}
