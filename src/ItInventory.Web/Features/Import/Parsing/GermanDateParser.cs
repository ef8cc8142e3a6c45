using System.Globalization;
using System.Text.RegularExpressions;

namespace ItInventory.Web.Features.Import.Parsing;

/// <summary>
/// Reads dates typed as text: "31.12.2024", "1.1.25", "2024-12-31", and the month or year alone ("12/2024",
/// "2024"), which in a contract-end column mean the end of that month or year.
/// </summary>
public static partial class GermanDateParser
{
    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var value = text.Trim();
        var time = value.IndexOf(' ');
        if (time > 0 && TimePart().IsMatch(value[(time + 1)..]))
        {
            value = value[..time];
        }

        var match = DayMonthYear().Match(value);
        if (match.Success)
        {
            return TryCreate(Year(match.Groups["y"].Value), int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture), out date);
        }

        match = IsoDate().Match(value);
        if (match.Success)
        {
            return TryCreate(int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture), out date);
        }

        match = MonthYear().Match(value);
        if (match.Success)
        {
            var year = Year(match.Groups["y"].Value);
            var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
            return month is >= 1 and <= 12 && TryCreate(year, month, DateTime.DaysInMonth(year, month), out date);
        }

        match = YearOnly().Match(value);
        if (match.Success)
        {
            return TryCreate(int.Parse(match.Value, CultureInfo.InvariantCulture), 12, 31, out date);
        }

        return false;
    }

    /// <summary>A number in a date column is an Excel serial date (days since 1899-12-30).</summary>
    public static bool TryFromExcelSerial(double serial, out DateOnly date)
    {
        date = default;
        // 1 Jan 1950 .. 31 Dec 2199: anything else is not a plausible contract date.
        if (serial < 18264 || serial > 109574 || double.IsNaN(serial))
        {
            return false;
        }

        date = DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)));
        return true;
    }

    private static int Year(string digits)
    {
        var year = int.Parse(digits, CultureInfo.InvariantCulture);
        return digits.Length == 2 ? 2000 + year : year;
    }

    private static bool TryCreate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1950 or > 2199 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(@"^(?<d>\d{1,2})\.\s?(?<m>\d{1,2})\.\s?(?<y>\d{4}|\d{2})$")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?<m>\d{1,2})\s?[./]\s?(?<y>\d{4})$")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"^\d{1,2}:\d{2}(:\d{2})?$")]
    private static partial Regex TimePart();
}
