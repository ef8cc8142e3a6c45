using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ItInventory.Core.Validation;

namespace ItInventory.Web.Features.Api;

/// <summary>
/// Refuses, while an API body is read, a text member the storage cannot hold (<see cref="TextRules"/>), before any
/// service looks it up: a code with U+0000 reached the uniqueness check and PostgreSQL answered it with a 500.
/// <see cref="BindingFailure"/> turns the refusal into a German 400 naming the member. A type-info modifier rather
/// than a string converter, because a custom converter would make the OpenAPI document type every string as "any".
/// </summary>
public static class StorableText
{
    public static void RefuseUnstorable(JsonTypeInfo type)
    {
        foreach (var property in type.Properties.Where(p => p.PropertyType == typeof(string) && p.Set is not null))
        {
            var set = property.Set!;
            property.Set = (target, value) =>
                set(target, TextRules.CanStore(value as string) ? value : throw new JsonException(TextRules.NullCharacterMessage));
        }
    }
}
