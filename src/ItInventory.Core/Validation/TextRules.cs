namespace ItInventory.Core.Validation;

/// <summary>
/// Text the storage can hold. PostgreSQL refuses the null character U+0000 in text, in a stored value and in a query
/// parameter alike, while SQLite stores it: the same input was saved on one provider and a 500 on the other. One rule
/// refuses it wherever text comes in (API body and query, and every save).
/// </summary>
public static class TextRules
{
    public const string NullCharacterMessage = "Der Text enthält ein Nullzeichen (U+0000), das nicht gespeichert werden kann. Bitte entfernen Sie es.";

    public static bool CanStore(string? text) => text is null || !text.Contains('\0');

    /// <summary>The German message when the text cannot be stored, else null.</summary>
    public static string? Problem(string? text) => CanStore(text) ? null : NullCharacterMessage;
}
