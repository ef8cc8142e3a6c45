using System.Globalization;
using System.Text.RegularExpressions;
using ItInventory.Core.Domain;

namespace ItInventory.Web.Features.Import.Parsing;

/// <summary>A notice period as the contract model holds it: whole months to a reference point.</summary>
/// <param name="Approximated">True when weeks or days were rounded up to months (an earlier deadline is the safe side).</param>
public sealed record NoticePeriod(int Months, NoticeReference Reference, bool Approximated = false);

/// <summary>
/// Reads notice periods written in words: "3 Monate zum Jahresende", "6 Wochen zum Quartalsende",
/// "drei Monate", "1 Jahr zum Laufzeitende". Without a reference point the notice runs to the end of the term.
/// </summary>
public static partial class NoticePeriodParser
{
    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["ein"] = 1, ["eine"] = 1, ["einen"] = 1, ["einem"] = 1, ["einer"] = 1, ["zwei"] = 2, ["drei"] = 3, ["vier"] = 4,
        ["fuenf"] = 5, ["sechs"] = 6, ["sieben"] = 7, ["acht"] = 8, ["neun"] = 9, ["zehn"] = 10, ["elf"] = 11,
        ["zwoelf"] = 12, ["achtzehn"] = 18, ["vierundzwanzig"] = 24,
    };

    public static bool TryParse(string? text, out NoticePeriod period)
    {
        period = new NoticePeriod(0, NoticeReference.EndOfTerm);
        var value = TextNormalizer.Normalize(text);
        if (value.Length == 0)
        {
            return false;
        }

        var reference = ReferenceOf(value);
        int months;
        var approximated = false;
        if (value.Contains("halbes jahr", StringComparison.Ordinal) || value.Contains("halbjahr", StringComparison.Ordinal) && !value.Contains("halbjahres", StringComparison.Ordinal))
        {
            months = 6;
        }
        else
        {
            var match = Quantity().Match(value);
            if (!match.Success)
            {
                return false;
            }

            var number = match.Groups["n"].Value;
            var count = char.IsAsciiDigit(number[0]) ? int.Parse(number, CultureInfo.InvariantCulture) : NumberWords[number];
            var unit = match.Groups["u"].Value;
            if (unit.Length == 0 && !OnlyNumber().IsMatch(value) && !HasNoticeWords(value))
            {
                return false;
            }

            (months, approximated) = unit switch
            {
                _ when unit.StartsWith("woche", StringComparison.Ordinal) || unit == "wo" => ((int)Math.Ceiling(count * 7 / 30.0), count != 0),
                _ when unit.StartsWith("tag", StringComparison.Ordinal) => ((int)Math.Ceiling(count / 30.0), count % 30 != 0),
                _ when unit.StartsWith("jahr", StringComparison.Ordinal) => (count * 12, false),
                _ => (count, false),
            };
        }

        if (months > 120)
        {
            return false;
        }

        period = new NoticePeriod(months, reference, approximated);
        return true;
    }

    private static NoticeReference ReferenceOf(string value)
    {
        if (value.Contains("quartal", StringComparison.Ordinal) || value.Contains("vierteljahr", StringComparison.Ordinal))
        {
            return NoticeReference.EndOfQuarter;
        }

        if (value.Contains("jahresende", StringComparison.Ordinal) || value.Contains("ende des jahres", StringComparison.Ordinal) ||
            value.Contains("kalenderjahr", StringComparison.Ordinal) || value.Contains("jahresschluss", StringComparison.Ordinal) ||
            value.Contains("31 12", StringComparison.Ordinal) || value.Contains("geschaeftsjahr", StringComparison.Ordinal))
        {
            return NoticeReference.EndOfYear;
        }

        if (value.Contains("monatsende", StringComparison.Ordinal) || value.Contains("ende des monats", StringComparison.Ordinal) ||
            value.Contains("ende eines monats", StringComparison.Ordinal) || value.Contains("kalendermonat", StringComparison.Ordinal) ||
            value.Contains("monatsletzt", StringComparison.Ordinal))
        {
            return NoticeReference.EndOfMonth;
        }

        return NoticeReference.EndOfTerm;
    }

    private static bool HasNoticeWords(string value) =>
        value.Contains("zum", StringComparison.Ordinal) || value.Contains("vor", StringComparison.Ordinal) || value.Contains("ende", StringComparison.Ordinal);

    [GeneratedRegex(@"\b(?<n>\d{1,3}|ein|eine|einen|einem|einer|zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn|elf|zwoelf|achtzehn|vierundzwanzig)\s?(?<u>monat\w*|mon|mo|m|wochen?|wo|tage?n?|jahre?n?)?\b")]
    private static partial Regex Quantity();

    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex OnlyNumber();
}
