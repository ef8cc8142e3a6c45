using System.Globalization;

namespace ItInventory.Web.Features.Import.Parsing;

/// <summary>
/// Reads amounts as people type them into German spreadsheets: "1.234,56 €", "1234,56", "1.234 EUR", "-50".
/// A single dot followed by exactly three digits is a thousands separator ("1.234" = 1234), as in German usage.
/// </summary>
public static class GermanAmountParser
{
    private static readonly string[] CurrencyWords = ["teur", "euro", "eur", "€"];

    public static bool TryParse(string? text, out decimal amount)
    {
        amount = 0m;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var value = text.Trim().Replace('\u00A0', ' ').Replace('\u202F', ' ').ToLowerInvariant();
        var thousands = value.EndsWith("teur", StringComparison.Ordinal) || value.StartsWith("teur", StringComparison.Ordinal);
        foreach (var word in CurrencyWords)
        {
            value = value.Replace(word, "", StringComparison.Ordinal);
        }

        value = value.Replace(" ", "", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal);
        var negative = false;
        if (value.StartsWith('-') || value.StartsWith('−'))
        {
            negative = true;
            value = value[1..];
        }
        else if (value.EndsWith('-'))
        {
            negative = true;
            value = value[..^1];
        }
        else if (value.StartsWith('+'))
        {
            value = value[1..];
        }

        if (value.Length == 0 || value.Any(c => !char.IsAsciiDigit(c) && c != '.' && c != ','))
        {
            return false;
        }

        if (!TryNormalizeSeparators(value, out var invariant) ||
            !decimal.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
        {
            return false;
        }

        if (thousands)
        {
            parsed *= 1000m;
        }

        // Not rounded: fractions of a cent are refused by the amount rule, not silently made zero.
        amount = negative ? -parsed : parsed;
        return true;
    }

    /// <summary>
    /// Excel stores numbers as doubles: the conversion keeps the 15 digits a double holds, so 0.1 + 0.2 reads 0.3 and
    /// 0.001 stays 0.001 (refused by the amount rule, not rounded to zero). Beyond what any amount may be, the value
    /// only has to stay too large: a double can exceed decimal's range.
    /// </summary>
    public static decimal FromDouble(double value) =>
        Math.Abs(value) < 1e20 ? (decimal)value : Math.Sign(value) * decimal.MaxValue;

    private static bool TryNormalizeSeparators(string value, out string invariant)
    {
        invariant = "";
        var lastComma = value.LastIndexOf(',');
        var lastDot = value.LastIndexOf('.');
        if (lastComma >= 0 && lastDot >= 0)
        {
            // Both present: the later one separates the decimals, the other groups thousands ("1.234,56" or "1,234.56").
            var decimalSeparator = lastComma > lastDot ? ',' : '.';
            var groupSeparator = decimalSeparator == ',' ? '.' : ',';
            var decimalIndex = Math.Max(lastComma, lastDot);
            var integerPart = value[..decimalIndex];
            var fraction = value[(decimalIndex + 1)..];
            if (fraction.Contains(groupSeparator) || fraction.Contains(decimalSeparator) || !ValidGroups(integerPart, groupSeparator))
            {
                return false;
            }

            invariant = integerPart.Replace(groupSeparator.ToString(), "", StringComparison.Ordinal) + "." + fraction;
            return fraction.Length > 0;
        }

        if (lastComma >= 0)
        {
            // Only commas: one comma is the German decimal separator; several ("12,5,0") make no amount.
            if (value.IndexOf(',') != lastComma)
            {
                return false;
            }

            invariant = value.Replace(',', '.');
            return lastComma > 0 && lastComma < value.Length - 1;
        }

        if (lastDot >= 0)
        {
            var dots = value.Count(c => c == '.');
            var digitsAfter = value.Length - lastDot - 1;
            if (dots > 1 || digitsAfter == 3)
            {
                if (!ValidGroups(value, '.'))
                {
                    return false;
                }

                invariant = value.Replace(".", "", StringComparison.Ordinal);
                return true;
            }

            // "12.5" or "12.50" can only be a decimal point; "1.2345" is neither German nor a price.
            invariant = value;
            return lastDot > 0 && digitsAfter is > 0 and < 3;
        }

        invariant = value;
        return true;
    }

    /// <summary>"1.234.567": a first group of one to three digits, then groups of exactly three.</summary>
    private static bool ValidGroups(string integerPart, char separator)
    {
        if (!integerPart.Contains(separator))
        {
            return integerPart.Length > 0;
        }

        var groups = integerPart.Split(separator);
        return groups[0].Length is >= 1 and <= 3 && groups[0][0] != '0' && groups.Skip(1).All(g => g.Length == 3);
    }
}
