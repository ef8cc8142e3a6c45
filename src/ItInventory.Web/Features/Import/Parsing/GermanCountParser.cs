using System.Globalization;

namespace ItInventory.Web.Features.Import.Parsing;

/// <summary>Reads counts such as licences or users: "1.200", "1 200", "ca. 50", "120 Lizenzen".</summary>
public static class GermanCountParser
{
    private static readonly string[] Prefixes = ["ca.", "ca", "circa", "etwa", "~", "rd.", "rund"];

    public static bool TryParse(string? text, out int count)
    {
        count = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var value = text.Trim().ToLowerInvariant();
        foreach (var prefix in Prefixes)
        {
            if (value.StartsWith(prefix, StringComparison.Ordinal))
            {
                value = value[prefix.Length..].TrimStart();
                break;
            }
        }

        // A trailing unit word ("120 Lizenzen", "35 Nutzer") is allowed; the number must come first.
        var end = 0;
        while (end < value.Length && (char.IsAsciiDigit(value[end]) || value[end] is '.' or ' ' or '\u00A0'))
        {
            end++;
        }

        var rest = value[end..].Trim();
        if (rest.Length > 0 && !rest.All(char.IsLetter))
        {
            return false;
        }

        var digits = value[..end].Trim();
        if (digits.Length == 0)
        {
            return false;
        }

        var groups = digits.Split(['.', ' ', '\u00A0'], StringSplitOptions.None);
        if (groups.Length > 1 && (groups[0].Length is < 1 or > 3 || groups.Skip(1).Any(g => g.Length != 3)))
        {
            return false;
        }

        return int.TryParse(string.Concat(groups), NumberStyles.None, CultureInfo.InvariantCulture, out count);
    }

    /// <summary>A number cell must hold a whole, non-negative count.</summary>
    public static bool TryFromDouble(double value, out int count)
    {
        count = 0;
        if (value < 0 || value > int.MaxValue || Math.Abs(value - Math.Round(value)) > 1e-9)
        {
            return false;
        }

        count = (int)Math.Round(value);
        return true;
    }
}
