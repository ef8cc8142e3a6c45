using System.Globalization;
using System.Text;

namespace ItInventory.Web.Features.Import.Parsing;

/// <summary>
/// Reduces hand-typed headers and values to a comparable form: lower case, umlauts and ß spelled out
/// ("Kündigungsfrist" = "Kuendigungsfrist"), accents dropped, punctuation and runs of spaces turned into one space.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length + 8);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            string? spelled = c switch
            {
                'ä' => "ae",
                'ö' => "oe",
                'ü' => "ue",
                'ß' => "ss",
                _ => null,
            };

            if (spelled is null && char.IsLetterOrDigit(c) && c > 127)
            {
                // é, è, ñ ...: keep the base letter.
                var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
                spelled = new string(decomposed.Where(d => CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark).ToArray());
            }

            if (spelled is null && !char.IsLetterOrDigit(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            if (spelled is null)
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(spelled);
            }
        }

        return builder.ToString();
    }

    /// <summary>The normalised text without spaces, so "Pflege-Kosten" and "Pflegekosten" compare equal.</summary>
    public static string Compact(string? text) => Normalize(text).Replace(" ", "", StringComparison.Ordinal);

    /// <summary>Key for names that must match "case-insensitive, trimmed": inner runs of spaces count as one.</summary>
    public static string NameKey(string? name) =>
        string.Join(' ', (name ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
