using System.Globalization;
using System.Text;

namespace ItInventory.Core.Market;

/// <summary>
/// Names of vendors and products as the market catalogue compares them: lower case, umlauts spelt out, accents,
/// punctuation and legal forms dropped ("Meldewerk Software GmbH & Co. KG" → "meldewerk software"), and as a key,
/// the lower-case slug by which exchange files name a catalogue entry ("MeldeWerk EWO" → "meldewerk-ewo").
/// </summary>
public static class MarketNames
{
    public const int MaxKeyLength = 80;

    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "gmbh", "mbh", "ag", "kg", "kgaa", "co", "se", "ug", "ohg", "gbr", "eg", "aor", "kdoer", "haftungsbeschraenkt",
        "inc", "ltd", "llc", "bv", "nv", "sa", "sarl", "plc",
    };

    /// <summary>The words of a name, normalised; legal forms and single letters (the rest of "S.A.", "e.V.") left out.</summary>
    public static IReadOnlyList<string> Words(string? name) =>
        Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 1 && !LegalForms.Contains(w)).ToList();

    /// <summary>The normalised name: its words joined by single spaces.</summary>
    public static string Normalised(string? name) => string.Join(' ', Words(name));

    /// <summary>A key for a new catalogue entry; "eintrag" when the name has no letter or digit to build one from.</summary>
    public static string Key(string? name)
    {
        var words = Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var key = string.Join('-', words);
        if (key.Length > MaxKeyLength)
            key = key[..MaxKeyLength].TrimEnd('-');
        return key.Length == 0 ? "eintrag" : key;
    }

    // Lower case, umlauts as two letters, other accents dropped, every other character a space.
    private static string Fold(string? name)
    {
        var text = (name ?? "").ToLowerInvariant()
            .Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
            .Replace("ü", "ue", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal)
            .Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            folded.Append(char.IsAsciiLetterOrDigit(c) ? c : ' ');
        }

        return folded.ToString();
    }
}
