using System.Globalization;

namespace ItInventory.Core.Validation;

/// <summary>
/// What counts as the text of a name, number or code: trimmed of white space and of invisible characters (zero-width
/// space, joiners, word joiner, byte-order mark, soft hyphen and other format or control characters), which would
/// otherwise let a name look blank or let two names look alike. Invisible characters inside a name are kept: some
/// scripts need joiners.
/// </summary>
public static class NameRules
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var start = 0;
        var end = text.Length;
        while (start < end && IsInvisible(text[start]))
            start++;
        while (end > start && IsInvisible(text[end - 1]))
            end--;
        return text[start..end];
    }

    public static bool IsBlank(string? text) => Clean(text).Length == 0;

    private static bool IsInvisible(char c) =>
        char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Control;
}
